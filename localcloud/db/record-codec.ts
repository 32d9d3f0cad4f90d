/**
 * The journal's on-disk framing: `[u32 length][u32 crc32][JSON payload]`, little-endian. A crash
 * can leave a torn or half-written last frame; the length and checksum let the reader find where
 * the intact prefix ends.
 */
import { decodeValue, encodeValue } from './ejson'
import type { Doc } from './ejson'
import type { IndexSpec } from './hash-index'
import type { StoreOp } from './state'

export interface JournalRecord {
  seq: number
  ops: StoreOp[]
}

const HEADER_BYTES = 8
/** A length beyond this is garbage, not a record (the cloud caps a request far lower). */
const MAX_RECORD_BYTES = 256 * 1024 * 1024

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 (IEEE), written out because `zlib.crc32` needs Node 20.15+. */
export function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export function encodeFrame(record: JournalRecord): Buffer {
  const payload = Buffer.from(JSON.stringify({ seq: record.seq, ops: record.ops.map(encodeOp) }), 'utf8')
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt32LE(payload.length, 0)
  header.writeUInt32LE(crc32(payload), 4)
  return Buffer.concat([header, payload])
}

export interface DecodedFrames {
  records: JournalRecord[]
  /** Bytes of intact frames; anything after this is a torn or corrupt tail. */
  validBytes: number
}

export function decodeFrames(data: Buffer): DecodedFrames {
  const records: JournalRecord[] = []
  let offset = 0
  while (offset + HEADER_BYTES <= data.length) {
    const length = data.readUInt32LE(offset)
    const end = offset + HEADER_BYTES + length
    if (length === 0 || length > MAX_RECORD_BYTES || end > data.length) break
    const payload = data.subarray(offset + HEADER_BYTES, end)
    if (crc32(payload) !== data.readUInt32LE(offset + 4)) break
    const record = parseRecord(payload)
    if (!record) break
    records.push(record)
    offset = end
  }
  return { records, validBytes: offset }
}

function parseRecord(payload: Buffer): JournalRecord | null {
  try {
    const raw = JSON.parse(payload.toString('utf8')) as { seq: number; ops: EncodedOp[] }
    return { seq: raw.seq, ops: raw.ops.map(decodeOp) }
  } catch {
    return null
  }
}

type EncodedOp =
  | { t: 'put'; c: string; id: string | number; d: unknown }
  | { t: 'del'; c: string; id: string | number }
  | { t: 'coll'; c: string }
  | { t: 'index'; c: string; spec: IndexSpec }

function encodeOp(op: StoreOp): EncodedOp {
  switch (op.type) {
    case 'put':
      return { t: 'put', c: op.collection, id: op.id, d: encodeValue(op.doc) }
    case 'delete':
      return { t: 'del', c: op.collection, id: op.id }
    case 'createCollection':
      return { t: 'coll', c: op.collection }
    case 'ensureIndex':
      return { t: 'index', c: op.collection, spec: op.spec }
  }
}

function decodeOp(op: EncodedOp): StoreOp {
  switch (op.t) {
    case 'put':
      return { type: 'put', collection: op.c, id: op.id, doc: decodeValue(op.d) as Doc }
    case 'del':
      return { type: 'delete', collection: op.c, id: op.id }
    case 'coll':
      return { type: 'createCollection', collection: op.c }
    case 'index':
      return { type: 'ensureIndex', collection: op.c, spec: op.spec }
  }
}
