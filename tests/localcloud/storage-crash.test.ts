/**
 * kill -9 while files are being overwritten: afterwards every file is one whole version, never a
 * mix or a truncation, and never older than the last version whose write was acknowledged.
 */
import { spawn } from 'child_process'
import { buildSync } from 'esbuild'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { DiskBlobStore } from '../../localcloud/storage/blob-store'
import { KEYS, versionBytes } from './fixtures/storage-crash-writer'

jest.setTimeout(60_000)

let root: string
let writer: string
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-storage-crash-'))
  writer = path.join(root, 'storage-crash-writer.js')
  buildSync({
    entryPoints: [path.join(__dirname, 'fixtures/storage-crash-writer.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: writer,
    logLevel: 'error',
  })
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** Runs the writer until it has acknowledged `acks` writes (and a random moment more), then kills it. */
function runAndKill(dir: string, first: number, acks: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(first)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const acked = new Map<string, number>()
    let count = 0
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        const [word, key, version] = line.split(' ')
        if (word !== 'ack') continue
        acked.set(key, Math.max(acked.get(key) ?? -1, Number(version)))
        if (++count === acks) setTimeout(() => child.kill('SIGKILL'), Math.random() * 20)
      }
    })
    child.on('exit', () => resolve(acked))
    child.on('error', reject)
  })
}

test('after kill -9 mid-overwrite, each file is a whole version no older than its last acknowledged one', async () => {
  const dir = path.join(root, 'storage')
  let first = 0
  for (let round = 0; round < 6; round++) {
    const acked = await runAndKill(dir, first, 5 + round * 3)
    const store = await DiskBlobStore.open(dir)
    for (const key of KEYS) {
      const bytes = await store.read(key)
      const last = acked.get(key)
      if (last === undefined) continue
      expect(bytes).not.toBeNull()
      const version = Number(/^v(\d+);/.exec(bytes!.subarray(0, 16).toString('latin1'))?.[1])
      expect(version).toBeGreaterThanOrEqual(last)
      expect(bytes!.equals(versionBytes(version))).toBe(true)
    }
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([])
    first += 100_000
  }
})
