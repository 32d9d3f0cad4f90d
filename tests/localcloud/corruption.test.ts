/**
 * Torn tail or damage: opening cuts only what a crash can leave (the unfinished last write) and
 * says so; any other damage refuses to open, names the file and byte, and changes no file.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { DataCorruptionError, LocalDatabase, tornTailNotice } from '../../localcloud/db'
import { crc32 } from '../../localcloud/db/crc32'
import { encodeFrame } from '../../localcloud/db/journal-frame'
import { encodePayload } from '../../localcloud/db/record-codec'
import { buildDataDir, contentsOf, frames, readFiles } from './helpers/data-dir'
import { rejection } from './helpers/local-cloud'

let root: string
let count = 0
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-damage-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const freshDir = () => path.join(root, `data${++count}`)
const JOURNAL = 'journal-000001.log'

/** A journal of `n` acknowledged single-document inserts into `log` (record 1 creates the collection). */
async function journalOf(n: number): Promise<string> {
  const dir = freshDir()
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('log')
  for (let i = 0; i < n; i++) await db.insertMany('log', [{ _id: `d${i}`, text: `第 ${i} 条记录` }])
  await db.close()
  return dir
}

function damage(dir: string, name: string, change: (data: Buffer) => Buffer | void): Buffer {
  const file = path.join(dir, name)
  const data = fs.readFileSync(file)
  const changed = change(data) ?? data
  fs.writeFileSync(file, changed)
  return changed
}

async function refusal(dir: string): Promise<DataCorruptionError> {
  const before = readFiles(dir)
  const err = await rejection(LocalDatabase.open({ dir }))
  expect(err).toBeInstanceOf(DataCorruptionError)
  expect(readFiles(dir)).toEqual(before)
  return err as unknown as DataCorruptionError
}

describe('damage refuses to open and changes nothing', () => {
  test('one damaged byte in the middle of a journal: the file, the byte offset and the repair command are named', async () => {
    const dir = await journalOf(20)
    // A leftover from a compaction cut short: a successful open removes it, a refused one must not.
    fs.writeFileSync(path.join(dir, 'snapshot.ndjson.tmp'), 'half a snapshot')
    let offset = 0
    damage(dir, JOURNAL, (data) => {
      const frame = frames(data)[10]
      offset = frame.offset
      data[frame.offset + 20] ^= 0x01
    })
    const err = await refusal(dir)
    expect(err.file).toBe(path.join(dir, JOURNAL))
    expect(err.offset).toBe(offset)
    expect(err.message).toContain(`数据文件 ${JOURNAL} 在第 ${offset} 字节处损坏，其后还有完好的记录`)
    expect(err.message).toContain('没有改动其中任何文件')
    expect(err.message).toContain(`LOCALCLOUD_DIR='${dir}' npm run admin -- repair`)
  })

  test('a damaged length field loses the frame boundary; the intact records after it are still found', async () => {
    const dir = await journalOf(12)
    let offset = 0
    damage(dir, JOURNAL, (data) => {
      offset = frames(data)[5].offset
      data[offset + 1] ^= 0x40
    })
    const err = await refusal(dir)
    expect(err.offset).toBe(offset)
    expect(err.message).toContain('其后还有完好的记录')
  })

  test('damage at the end of an older journal, with a newer journal after it, is not a torn tail', async () => {
    const dir = freshDir()
    await buildDataDir(dir, { compact: true, leftover: true })
    damage(dir, JOURNAL, (data) => {
      data[data.length - 5] ^= 0x10
    })
    const err = await refusal(dir)
    expect(err.message).toMatch(
      /^数据文件 journal-000001\.log 在第 \d+ 字节处损坏，其后还有完好的记录（journal-000002\.log/,
    )
  })

  test('a damaged snapshot line refuses to open, naming snapshot.ndjson and the line', async () => {
    const dir = freshDir()
    await buildDataDir(dir, { compact: true, leftover: false })
    let lineStart = 0
    damage(dir, 'snapshot.ndjson', (data) => {
      // Still valid JSON after the change: only the line's checksum can tell.
      const at = data.indexOf('"name":"住户7"')
      lineStart = data.lastIndexOf(0x0a, at) + 1
      data[at + 10] ^= 0x01
    })
    const err = await refusal(dir)
    expect(err.offset).toBe(lineStart)
    expect(err.message).toContain(
      `数据文件 snapshot.ndjson 在第 ${lineStart} 字节处损坏，快照中这一行的内容与校验和不符`,
    )
  })

  test('a snapshot without its end marker refuses to open', async () => {
    const dir = freshDir()
    await buildDataDir(dir, { compact: true, leftover: false })
    damage(dir, 'snapshot.ndjson', (data) => data.subarray(0, data.lastIndexOf(0x0a, data.length - 2) + 1))
    expect((await refusal(dir)).message).toContain('快照不完整，缺少结束标记')
  })

  test('a deleted snapshot leaves a gap in the record numbers: the journal alone is not opened', async () => {
    const dir = freshDir()
    await buildDataDir(dir, { compact: true, leftover: false })
    fs.rmSync(path.join(dir, 'snapshot.ndjson'))
    expect((await refusal(dir)).message).toMatch(/这里的记录编号是 \d+，应当是 1：第 1–\d+ 号提交不见了/)
  })
})

describe('a torn tail (the unfinished last write of a crash) is cut, and the cut is reported', () => {
  async function openCut(dir: string, intactBytes: number) {
    const db = await LocalDatabase.open({ dir })
    const report = db.storageReport
    const contents = contentsOf(db)
    await db.close()
    expect(fs.statSync(path.join(dir, JOURNAL)).size).toBe(intactBytes)
    return { report, contents }
  }

  test('a last frame cut partway', async () => {
    const dir = await journalOf(6)
    let intact = 0
    const size = damage(dir, JOURNAL, (data) => {
      const last = frames(data).pop()!
      intact = last.offset
      // As if the last insert had never finished (so it was never acknowledged).
      return data.subarray(0, last.offset + 30)
    }).length
    const { report, contents } = await openCut(dir, intact)
    expect(report?.tornTail).toEqual({ file: path.join(dir, JOURNAL), offset: intact, bytes: size - intact })
    expect(tornTailNotice(report)).toContain(
      `丢弃了末尾未写完的 ${size - intact} 字节（${JOURNAL} 第 ${intact} 字节起）`,
    )
    expect(contents.log.map((doc) => doc._id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4'])
  })

  test('bytes at the end that are no frame at all', async () => {
    const dir = await journalOf(4)
    const intact = fs.statSync(path.join(dir, JOURNAL)).size
    damage(dir, JOURNAL, (data) => Buffer.concat([data, Buffer.from('garbage, not a frame')]))
    const { report, contents } = await openCut(dir, intact)
    expect(report?.truncatedBytes).toBe(20)
    expect(contents.log).toHaveLength(4)
  })

  test('zeros where the file grew but the data never reached the disk, even inside a frame whose header arrived', async () => {
    const dir = await journalOf(4)
    const intact = fs.statSync(path.join(dir, JOURNAL)).size
    const doc = { _id: 'unfinished', text: 'x'.repeat(3000) }
    const frame = encodeFrame({ seq: 6, ops: [{ type: 'put', collection: 'log', id: doc._id, doc }] })
    const firstSector = Math.ceil((intact + 100) / 512) * 512 - intact
    frame.fill(0, firstSector, firstSector + 512)
    damage(dir, JOURNAL, (data) => Buffer.concat([data, frame]))
    const { report, contents } = await openCut(dir, intact)
    expect(report?.truncatedBytes).toBe(frame.length)
    expect(contents.log).toHaveLength(4)
  })

  test('an intact database reports no cut and prints no notice', async () => {
    const dir = await journalOf(2)
    const db = await LocalDatabase.open({ dir })
    expect(db.storageReport).toMatchObject({ truncatedBytes: 0, tornTail: null })
    expect(tornTailNotice(db.storageReport)).toBeNull()
    await db.close()
  })

  test('a new journal file whose first write stopped inside its magic is cut, and writing starts it again', async () => {
    const dir = await journalOf(2)
    fs.writeFileSync(path.join(dir, 'journal-000002.log'), 'LCJ')
    const db = await LocalDatabase.open({ dir })
    expect(db.storageReport?.tornTail).toMatchObject({ offset: 0, bytes: 3 })
    await db.insertMany('log', [{ _id: 'after' }])
    await db.close()
    expect(fs.readFileSync(path.join(dir, 'journal-000002.log')).subarray(0, 8).toString()).toBe('LCJRNL2\n')
    const again = await LocalDatabase.open({ dir })
    expect(again.find('log')).toHaveLength(3)
    await again.close()
  })
})

test('a journal written before frame headers had checksums still opens, and new writes go to a new file', async () => {
  const dir = freshDir()
  fs.mkdirSync(dir)
  const legacyFrame = (seq: number, ops: Parameters<typeof encodePayload>[0]['ops']) => {
    const payload = encodePayload({ seq, ops })
    const header = Buffer.alloc(8)
    header.writeUInt32LE(payload.length, 0)
    header.writeUInt32LE(crc32(payload), 4)
    return Buffer.concat([header, payload])
  }
  fs.writeFileSync(
    path.join(dir, JOURNAL),
    Buffer.concat([
      legacyFrame(1, [{ type: 'createCollection', collection: 'log' }]),
      legacyFrame(2, [{ type: 'put', collection: 'log', id: 'old', doc: { _id: 'old' } }]),
    ]),
  )
  const db = await LocalDatabase.open({ dir })
  await db.insertMany('log', [{ _id: 'new' }])
  await db.close()
  expect(fs.readdirSync(dir).sort()).toEqual([JOURNAL, 'journal-000002.log'])
  const again = await LocalDatabase.open({ dir })
  expect(again.find('log').map((doc) => doc._id)).toEqual(['old', 'new'])
  await again.close()
})

test('a failed journal write stops the journal: a later batch is never written behind half-written bytes', async () => {
  const dir = await journalOf(1)
  const db = await LocalDatabase.open({ dir })
  const probe = await fs.promises.open(path.join(root, 'probe'), 'w')
  const prototype = Object.getPrototypeOf(probe)
  await probe.close()
  const realWrite = prototype.write
  let calls = 0
  const write = jest.spyOn(prototype, 'write').mockImplementation(async function (
    this: unknown,
    ...args: unknown[]
  ) {
    if (++calls > 1) return realWrite.apply(this, args)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await realWrite.call(this, args[0], args[1], 10) // part of the batch reaches the file
    throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
  })
  const first = db.insertMany('log', [{ _id: 'first' }])
  await new Promise((resolve) => setTimeout(resolve, 5))
  const second = db.insertMany('log', [{ _id: 'second' }]) // queued while the first write is failing
  await expect(first).rejects.toThrow(/journal write failed/)
  await expect(second).rejects.toThrow()
  write.mockRestore()
  await db.close()
  const reopened = await LocalDatabase.open({ dir })
  expect(reopened.find('log').map((doc) => doc._id)).toEqual(['d0'])
  await reopened.close()
})
