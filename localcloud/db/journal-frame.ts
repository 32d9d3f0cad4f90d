/**
 * The journal's on-disk framing. A file starts with an 8-byte magic, then frames
 * `[u32 length][u32 crc32 of payload][u32 crc32 of the first 8 header bytes][JSON payload]`,
 * little-endian. The header's own checksum is what makes a short last frame trustworthy evidence
 * of a crash: with it, a frame whose intact header promises more bytes than the file holds was
 * cut short by an unfinished write, while a damaged length can never pass for one.
 *
 * Files written before the magic existed ("legacy": `[u32 length][u32 crc32][payload]`, no header
 * checksum) are still read, never appended to: opening starts a new file after one.
 */
import { crc32 } from './crc32'
import { encodePayload, parseRecord, PAYLOAD_START } from './record-codec'
import type { JournalRecord } from './record-codec'

export const JOURNAL_MAGIC = Buffer.from('LCJRNL2\n')
const HEADER_BYTES = 12
const LEGACY_HEADER_BYTES = 8
/** A length beyond this is garbage, not a record (the cloud caps a request far lower). */
const MAX_RECORD_BYTES = 256 * 1024 * 1024

export function headerBytes(legacy: boolean): number {
  return legacy ? LEGACY_HEADER_BYTES : HEADER_BYTES
}

export function encodeFrame(record: JournalRecord): Buffer {
  const payload = encodePayload(record)
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt32LE(payload.length, 0)
  header.writeUInt32LE(crc32(payload), 4)
  header.writeUInt32LE(crc32(header.subarray(0, 8)), 8)
  return Buffer.concat([header, payload])
}

/** Whether the header at `offset` vouches for its length (a legacy header cannot, so it never does). */
export function headerIntact(data: Buffer, offset: number, legacy: boolean): boolean {
  if (legacy || offset + HEADER_BYTES > data.length) return false
  return crc32(data.subarray(offset, offset + 8)) === data.readUInt32LE(offset + 8)
}

/** The length a header declares (trust it only when `headerIntact`). */
export function declaredLength(data: Buffer, offset: number): number {
  return data.readUInt32LE(offset)
}

/** Every payload ends with these bytes: the end of the ops array and of the record object. */
const PAYLOAD_END = Buffer.from(']}')

/**
 * Whether bytes at the end of a file, starting with a header that fails its own checksum, still
 * show a sign of being one frame written in full and then damaged, rather than bytes no writer of
 * ours produced: the length field fits exactly, or the header checksum does for a length that
 * fits exactly (only the length was hit), or the payload checksum matches, or they end as every
 * payload ends. Hiding all four takes damage in three separate places of one record.
 */
export function looksLikeWholeFrame(tail: Buffer): boolean {
  const length = tail.length - HEADER_BYTES
  const header = Buffer.from(tail.subarray(0, 8))
  header.writeUInt32LE(length, 0)
  return (
    tail.readUInt32LE(0) === length ||
    crc32(header) === tail.readUInt32LE(8) ||
    crc32(tail.subarray(HEADER_BYTES)) === tail.readUInt32LE(4) ||
    tail.subarray(-PAYLOAD_END.length).equals(PAYLOAD_END)
  )
}

/** The intact frame that starts at `offset`, if one does: header, length, checksum and JSON good. */
export function readFrameAt(
  data: Buffer,
  offset: number,
  legacy: boolean,
): { record: JournalRecord; end: number } | null {
  const header = headerBytes(legacy)
  if (offset < 0 || offset + header > data.length) return null
  if (!legacy && !headerIntact(data, offset, legacy)) return null
  const length = data.readUInt32LE(offset)
  const end = offset + header + length
  if (length === 0 || length > MAX_RECORD_BYTES || end > data.length) return null
  const payload = data.subarray(offset + header, end)
  if (crc32(payload) !== data.readUInt32LE(offset + 4)) return null
  const record = parseRecord(payload)
  return record ? { record, end } : null
}

/** How a journal file is framed and where its first frame starts. */
export function journalLayout(data: Buffer): { legacy: boolean; firstFrame: number } {
  if (data.subarray(0, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC))
    return { legacy: false, firstFrame: JOURNAL_MAGIC.length }
  if (readFrameAt(data, 0, true)) return { legacy: true, firstFrame: 0 }
  // No magic and no legacy frame: a torn first write, or a damaged magic (the scan reports it).
  return { legacy: false, firstFrame: 0 }
}

/** The next offset after `from` where a frame may start: a header's length before a payload's first bytes. */
export function nextCandidate(data: Buffer, from: number, legacy: boolean): number {
  const header = headerBytes(legacy)
  const at = data.indexOf(PAYLOAD_START, from + 1 + header)
  return at < 0 ? -1 : at - header
}

export interface DecodedFrames {
  records: JournalRecord[]
  /** Bytes up to the end of the last intact frame before any damage. */
  validBytes: number
}

/** The intact frames at the start of a journal file. */
export function decodeFrames(data: Buffer): DecodedFrames {
  const { legacy, firstFrame } = journalLayout(data)
  const records: JournalRecord[] = []
  let offset = firstFrame
  for (let frame = readFrameAt(data, offset, legacy); frame; frame = readFrameAt(data, offset, legacy)) {
    records.push(frame.record)
    offset = frame.end
  }
  return { records, validBytes: offset }
}
