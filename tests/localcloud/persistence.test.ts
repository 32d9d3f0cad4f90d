/**
 * Durability of a data directory: everything acknowledged survives a restart and `kill -9` at any
 * moment, a torn journal tail is cut off, compaction keeps the data, and one process at a time.
 * Damage other than a torn tail is covered by corruption*.test.ts and repair.test.ts.
 */
import { spawn, spawnSync } from 'child_process'
import { buildSync } from 'esbuild'
import fs from 'fs'
import os from 'os'
import path from 'path'
import readline from 'readline'
import { LocalDatabase } from '../../localcloud/db'
import { decodeFrames, encodeFrame } from '../../localcloud/db/journal-frame'

let root: string
let writerScript: string
let seq = 0

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-db-'))
  writerScript = path.join(root, 'crash-writer.js')
  buildSync({
    entryPoints: [path.join(__dirname, 'fixtures/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: writerScript,
    logLevel: 'error',
  })
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const freshDir = () => path.join(root, `data${++seq}`)
const journals = (dir: string) => fs.readdirSync(dir).filter((name) => name.startsWith('journal-'))
const lastJournal = (dir: string) => path.join(dir, journals(dir).sort().pop() as string)

test('collections, documents (with Dates) and index declarations survive close and reopen', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('members')
  await db.ensureIndex('members', { name: 'member', keys: { stationId: 1, openid: 1 }, unique: true })
  await db.insertMany('members', [{ _id: 'm1', stationId: 's', openid: 'o', joinedAt: new Date(1234) }])
  await db.handle({
    action: 'database.modifyDocument',
    collectionName: 'members',
    queryType: 'DOC',
    query: '{"_id":"m1"}',
    data: '{"$set":{"role":"head"}}',
    merge: true,
  })
  await db.close()

  const reopened = await LocalDatabase.open({ dir })
  expect(reopened.listCollections()).toEqual(['members'])
  expect(reopened.find('members')).toEqual([
    { _id: 'm1', stationId: 's', openid: 'o', joinedAt: new Date(1234), role: 'head' },
  ])
  await expect(reopened.insertMany('members', [{ stationId: 's', openid: 'o' }])).rejects.toThrow(/E11000/)
  await reopened.close()
})

test('compaction keeps every document, drops the old journal, and later writes still persist', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('log')
  await db.insertMany(
    'log',
    Array.from({ length: 500 }, (_, i) => ({ _id: `a${i}`, i })),
  )
  const before = journals(dir)
  await db.compact()
  expect(journals(dir).filter((name) => before.includes(name))).toEqual([])
  await db.insertMany('log', [{ _id: 'after', i: -1 }])
  await db.handle({
    action: 'database.removeDocument',
    collectionName: 'log',
    queryType: 'DOC',
    query: '{"_id":"a0"}',
  })
  await db.close()

  const reopened = await LocalDatabase.open({ dir })
  const docs = reopened.find('log')
  expect(docs).toHaveLength(500)
  expect(docs.some((doc) => doc._id === 'after')).toBe(true)
  expect(docs.some((doc) => doc._id === 'a0')).toBe(false)
  await reopened.close()
})

test('the journal is compacted automatically once it passes compactAfterBytes', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir, compactAfterBytes: 8 * 1024 })
  await db.createCollection('log')
  for (let i = 0; i < 100; i++) await db.insertMany('log', [{ _id: `d${i}`, text: 'x'.repeat(100) }])
  await db.close()
  expect(fs.existsSync(path.join(dir, 'snapshot.ndjson'))).toBe(true)
  expect(journals(dir).every((name) => name !== 'journal-000001.log')).toBe(true)
  const reopened = await LocalDatabase.open({ dir })
  expect(reopened.find('log')).toHaveLength(100)
  await reopened.close()
})

test('writes that arrive together share one fsync (group commit), and each is acknowledged only after it', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('log')
  const probe = await fs.promises.open(path.join(dir, 'probe'), 'w')
  const datasync = jest.spyOn(Object.getPrototypeOf(probe), 'datasync')
  await probe.close()
  const writes = Array.from({ length: 50 }, (_, i) =>
    db.handle({ action: 'database.insertDocument', collectionName: 'log', data: [JSON.stringify({ i })] }),
  )
  const replies = await Promise.all(writes)
  expect(replies.every((reply) => !reply.code)).toBe(true)
  expect(datasync.mock.calls.length).toBeGreaterThanOrEqual(1)
  expect(datasync.mock.calls.length).toBeLessThanOrEqual(2)
  datasync.mockRestore()
  await db.close()
})

test('a torn record at the end of the journal is cut off on open; everything before it is kept', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('log')
  await db.insertMany('log', [{ _id: 'kept' }])
  await db.close()
  const file = lastJournal(dir)
  const intact = fs.statSync(file).size
  // A header promising 1000 bytes followed by only a few: what a crash mid-write leaves behind.
  const doc = { _id: 'unfinished', text: 'x'.repeat(1000) }
  const torn = encodeFrame({ seq: 3, ops: [{ type: 'put', collection: 'log', id: doc._id, doc }] }).subarray(
    0,
    20,
  )
  fs.appendFileSync(file, torn)

  const reopened = await LocalDatabase.open({ dir })
  expect(reopened.storageReport?.truncatedBytes).toBe(20)
  expect(fs.statSync(file).size).toBe(intact)
  expect(reopened.find('log')).toEqual([{ _id: 'kept' }])
  await reopened.insertMany('log', [{ _id: 'next' }])
  await reopened.close()
  const again = await LocalDatabase.open({ dir })
  expect(again.find('log').map((doc) => doc._id)).toEqual(['kept', 'next'])
  await again.close()
})

test('a last record written in full whose checksum does not match is damage, not a torn write: opening refuses', async () => {
  // It was acknowledged; cutting it as if a crash had torn it would lose it silently (see corruption.test.ts).
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('log')
  await db.insertMany('log', [{ _id: 'one' }])
  await db.insertMany('log', [{ _id: 'two' }])
  await db.close()
  const file = lastJournal(dir)
  const data = fs.readFileSync(file)
  data[data.length - 3] ^= 0xff
  fs.writeFileSync(file, data)
  await expect(LocalDatabase.open({ dir })).rejects.toThrow(/最后一条记录已经完整写入/)
  expect(fs.readFileSync(file)).toEqual(data)
})

test('a transaction commit is journaled as one record holding all its writes', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('accounts')
  await db.insertMany('accounts', [{ _id: 'a', v: 1 }])
  const { transactionId } = await db.handle({ action: 'database.startTransaction' })
  const write = (query: string, data: string, merge: boolean) =>
    db.handle({
      action: 'database.modifyDocument',
      collectionName: 'accounts',
      queryType: 'DOC',
      query,
      data,
      merge,
      transactionId,
    })
  await write('{"_id":"a"}', '{"$set":{"v":2}}', true)
  await write('{"_id":"b"}', '{"v":3}', false)
  await db.handle({
    action: 'database.insertDocument',
    collectionName: 'accounts',
    data: ['{"_id":"c"}'],
    transactionId,
  })
  expect((await db.handle({ action: 'database.commitTransaction', transactionId })).code).toBeUndefined()
  await db.close()
  const { records } = decodeFrames(fs.readFileSync(lastJournal(dir)))
  const last = records[records.length - 1]
  expect(last.ops.map((op) => op.type)).toEqual(['put', 'put', 'put'])
})

test('a second opener of the same directory is refused, in this process and in another', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await expect(LocalDatabase.open({ dir })).rejects.toThrow(/in use by process/)
  const other = spawnSync(process.execPath, [writerScript, dir, 'second'], {
    encoding: 'utf8',
    timeout: 10_000,
  })
  expect(other.status).toBe(1)
  expect(other.stderr).toContain('in use by process')
  await db.close()
})

test('a lock left by a dead process is taken over', async () => {
  const dir = freshDir()
  fs.mkdirSync(dir)
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  })
  fs.writeFileSync(path.join(dir, 'LOCK'), `${dead.stdout}\n`)
  const db = await LocalDatabase.open({ dir })
  expect(fs.readFileSync(path.join(dir, 'LOCK'), 'utf8').trim()).toBe(String(process.pid))
  await db.close()
  expect(fs.existsSync(path.join(dir, 'LOCK'))).toBe(false)
})

interface KillResult {
  acked: string[]
  transfers: number
}

/** Runs the writer until it has acknowledged `target` writes, then kills it with SIGKILL. */
function runAndKill(dir: string, label: string, target: number): Promise<KillResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dir, label], { stdio: ['ignore', 'pipe', 'pipe'] })
    const result: KillResult = { acked: [], transfers: 0 }
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ack ')) result.acked.push(line.slice(4))
      if (line === 'transfer') result.transfers++
      if (result.acked.length >= target) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(result)
      else reject(new Error(`writer exited with ${code}: ${stderr}`))
    })
  })
}

test('after kill -9 mid-stream every acknowledged write is present, no document is damaged, and transfers stay balanced', async () => {
  const dir = freshDir()
  const acked = new Set<string>()
  for (const [round, target] of [150, 700, 350, 1200].entries()) {
    const result = await runAndKill(dir, `r${round}`, target)
    result.acked.forEach((id) => acked.add(id))
    const db = await LocalDatabase.open({ dir })
    const log = db.find('log')
    const ids = new Set(log.map((doc) => doc._id))
    expect([...acked].filter((id) => !ids.has(id))).toEqual([])
    for (const doc of log) {
      expect(doc).toEqual({
        _id: expect.any(String),
        n: expect.any(Number),
        payload: 'x'.repeat(200),
        at: expect.any(Date),
      })
    }
    const balances = db.find('accounts').map((doc) => doc.balance as number)
    expect(balances.reduce((sum, b) => sum + b, 0)).toBe(1000)
    expect(result.transfers).toBeGreaterThan(0)
    await db.close()
  }
}, 60_000)
