/**
 * Starts the product the way a newcomer does — `node scripts/start.js` (what `npm start` runs):
 * builds what is stale, seeds a fresh data directory, serves H5 + API on a free port.
 */
import { spawn } from 'child_process'
import type { ChildProcess } from 'child_process'
import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'

const root = path.resolve(__dirname, '../../..')

export interface RunningApp {
  url: string
  dataDir: string
  output(): string
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export async function startApp(timeoutMs = 240_000): Promise<RunningApp> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-e2e-'))
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOCALCLOUD_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  await waitUntilUp(child, url, timeoutMs, () => output)
  return {
    url,
    dataDir,
    output: () => output,
    stop: () => stop(child, dataDir),
  }
}

async function waitUntilUp(child: ChildProcess, url: string, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output()}`)
    try {
      const res = await fetch(`${url}/api/dev/health`)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill('SIGKILL')
  throw new Error(`npm start did not serve within ${timeoutMs} ms:\n${output()}`)
}

async function stop(child: ChildProcess, dataDir: string) {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
}
