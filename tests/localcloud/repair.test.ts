/**
 * `npm run admin -- repair`: salvages every intact record on both sides of the damage into a new
 * directory that takes the original's place, keeps the original aside byte for byte, and reports
 * what was lost in plain words. An undamaged directory, or one in use, is left alone.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { runAdmin } from '../../localcloud/admin'
import { LocalDatabase, repairDataDir } from '../../localcloud/db'
import { describeRepair } from '../../localcloud/db/repair-report'
import { buildDataDir, contentsOf, frames, readFiles, remove } from './helpers/data-dir'

let root: string
let count = 0
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-repair-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const freshDir = () => path.join(root, `data${++count}`)
const JOURNAL = 'journal-000001.log'
const NOW = new Date(2025, 0, 31, 23, 59, 59)

function damageFrame(dir: string, index: number, at = 20) {
  const file = path.join(dir, JOURNAL)
  const data = fs.readFileSync(file)
  const frame = frames(data)[index]
  data[frame.offset + at] ^= 0x04
  fs.writeFileSync(file, data)
  return frame
}

async function contentsAt(dir: string) {
  const db = await LocalDatabase.open({ dir })
  const contents = contentsOf(db)
  await db.close()
  return contents
}

test('records before and after damaged bytes are salvaged; the original is kept byte for byte; the loss is reported', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('log') // record 1; document d<i> is record i + 2
  for (let i = 0; i < 20; i++) await db.insertMany('log', [{ _id: `d${i}`, text: `第 ${i} 条` }])
  await db.close()
  fs.writeFileSync(path.join(dir, 'secrets.json'), '{"PLATFORM_ADMIN_TOKEN":"t"}')
  const lost = damageFrame(dir, 10) // d9, record 11
  const original = readFiles(dir)
  await expect(LocalDatabase.open({ dir })).rejects.toThrow(/其后还有完好的记录/)

  const report = await repairDataDir(dir, NOW)
  expect(report.keptAs).toBe(`${dir}.damaged-20250131-235959`)
  expect(readFiles(report.keptAs as string)).toEqual(original)
  expect(report.damage).toMatchObject({ file: path.join(dir, JOURNAL), offset: lost.offset })
  expect(report.journals).toEqual([
    {
      file: path.join(dir, JOURNAL),
      size: original.get(JOURNAL)?.length,
      records: 20,
      damaged: [{ start: lost.offset, end: lost.end }],
    },
  ])
  expect(report.gaps).toEqual([{ from: 11, to: 11 }])
  expect(report).toMatchObject({ appliedRecords: 20, collections: 1, documents: 19, setAside: 0 })

  const ids = (await contentsAt(dir)).log.map((doc) => doc._id)
  expect(ids).toEqual(
    Array.from({ length: 20 }, (_, i) => `d${i}`)
      .filter((id) => id !== 'd9')
      .sort(),
  )
  expect(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8')).toBe('{"PLATFORM_ADMIN_TOKEN":"t"}')

  const text = describeRepair(report).join('\n')
  expect(text).toContain(`发现损坏：${JOURNAL} 在第 ${lost.offset} 字节处损坏`)
  expect(text).toContain(`跳过了无法读出的字节：第 ${lost.offset} 字节起共 ${lost.end - lost.offset} 字节`)
  expect(text).toContain('缺失的提交：第 11 号，共 1 次')
  expect(text).toContain(`原数据目录已原样改名为 ${dir}.damaged-20250131-235959`)
  expect(text).toContain('共 1 个集合、19 个文档')
})

test('a damaged snapshot line costs only that document; the journal after the snapshot is replayed', async () => {
  const dir = freshDir()
  const expected = await buildDataDir(dir, { compact: true, leftover: false })
  const file = path.join(dir, 'snapshot.ndjson')
  const data = fs.readFileSync(file)
  data[data.indexOf('"name":"住户7"') + 10] ^= 0x01
  fs.writeFileSync(file, data)

  const report = await repairDataDir(dir, NOW)
  expect(report.snapshot?.damaged).toHaveLength(1)
  expect(report.gaps).toEqual([])
  const contents = await contentsAt(dir)
  expect(contents).toEqual({ ...expected, members: expected.members.filter((doc) => doc._id !== 'm7') })
  expect(describeRepair(report).join('\n')).toContain('快照中 1 处损坏的行')
})

test('when a lost commit leaves two documents with one unique key, the newer stays and the older is set aside', async () => {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('members')
  await db.ensureIndex('members', { name: 'openid', keys: { openid: 1 }, unique: true })
  await db.insertMany('members', [{ _id: 'old', openid: 'o1' }])
  await remove(db, 'members', 'old') // record 4: the one the damage takes
  await db.insertMany('members', [{ _id: 'new', openid: 'o1' }])
  await db.close()
  damageFrame(dir, 3)

  const report = await repairDataDir(dir, NOW)
  expect(report.gaps).toEqual([{ from: 4, to: 4 }])
  expect(report.setAside).toBe(1)
  expect((await contentsAt(dir)).members).toEqual([{ _id: 'new', openid: 'o1' }])
  const setAside = JSON.parse(fs.readFileSync(path.join(dir, 'repair-set-aside.json'), 'utf8'))
  expect(setAside).toEqual([
    { collection: 'members', index: 'openid', id: 'old', doc: { _id: 'old', openid: 'o1' } },
  ])
})

test('an undamaged directory is left alone and the command says so; a directory in use is refused', async () => {
  const dir = freshDir()
  await buildDataDir(dir, { compact: true, leftover: true })
  const before = readFiles(dir)
  const logs: string[] = []
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line))
  const error = jest.spyOn(console, 'error').mockImplementation((line: string) => void logs.push(line))
  try {
    expect(await runAdmin(['repair'], { root, dataDir: dir, port: 0 })).toBe(0)
    expect(logs.join('\n')).toContain(`数据目录 ${dir} 完好，没有需要修复的损坏，未做任何改动`)
    expect(readFiles(dir)).toEqual(before)
    expect(fs.readdirSync(root).filter((name) => name.startsWith(`${path.basename(dir)}.`))).toEqual([])

    const db = await LocalDatabase.open({ dir })
    expect(await runAdmin(['repair'], { root, dataDir: dir, port: 0 })).toBe(1)
    expect(logs.join('\n')).toContain('请先停止正在运行的本地云')
    await db.close()
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
})
