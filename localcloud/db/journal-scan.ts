/**
 * Reading a journal file that may be damaged: every intact frame wherever it lies, and the byte
 * ranges between them that are not intact frames. Opening uses it to tell a torn tail (the
 * unfinished last write of a crash, safe to cut) from damage (which must never be cut, because
 * acknowledged records may sit in or after it); repair uses it to salvage records on both sides.
 */
import {
  declaredLength,
  headerBytes,
  headerIntact,
  JOURNAL_MAGIC,
  journalLayout,
  looksLikeWholeFrame,
  nextCandidate,
  readFrameAt,
} from './journal-frame'
import { parseRecord } from './record-codec'
import type { JournalRecord } from './record-codec'

export interface ScannedFrame {
  record: JournalRecord
  offset: number
  end: number
}

export interface ByteRange {
  start: number
  end: number
}

export interface ScannedJournal {
  /** Written before frame headers had their own checksum (see journal-frame.ts). */
  legacy: boolean
  frames: ScannedFrame[]
  /** Bytes that are not the magic or part of an intact frame, in file order. */
  damaged: ByteRange[]
}

/** File systems write whole sectors; 512 bytes is the smallest sector in use. */
const SECTOR_BYTES = 512

export function scanJournal(data: Buffer): ScannedJournal {
  const { legacy, firstFrame } = journalLayout(data)
  const frames: ScannedFrame[] = []
  const damaged: ByteRange[] = []
  let offset = firstFrame
  while (offset < data.length) {
    const frame = frameAt(data, offset, legacy) ?? nextFrameAfter(data, offset, legacy)
    if (!frame) {
      damaged.push({ start: offset, end: data.length })
      break
    }
    if (frame.offset > offset) damaged.push({ start: offset, end: frame.offset })
    frames.push(frame)
    offset = frame.end
  }
  return { legacy, frames, damaged }
}

function frameAt(data: Buffer, offset: number, legacy: boolean): ScannedFrame | null {
  const frame = readFrameAt(data, offset, legacy)
  return frame && { record: frame.record, offset, end: frame.end }
}

/** A damaged length field loses the frame boundary, so every later candidate offset is tried. */
function nextFrameAfter(data: Buffer, from: number, legacy: boolean): ScannedFrame | null {
  for (let at = nextCandidate(data, from, legacy); at >= 0; at = nextCandidate(data, at, legacy)) {
    const frame = frameAt(data, at, legacy)
    if (frame) return frame
  }
  return null
}

/**
 * Whether the bytes from `start` to the end of the newest journal file, in which no intact frame
 * begins, can be what a crash leaves of the last write. The writer only appends, so an unfinished
 * write leaves a frame cut short (its intact header promises more bytes than the file holds),
 * zeros where the file's new size reached the disk before its data, or, on file systems that
 * expose stale blocks, bytes that are no frame of ours. Damage to the last record, which was
 * written in full, changes no length and leaves no zero sectors (JSON never holds a zero byte):
 * a frame that is all there but fails its checksum is damage, and so is a damaged header in
 * front of what still looks like one whole frame (journal-frame.ts, `looksLikeWholeFrame`).
 */
export function looksTorn(data: Buffer, start: number, scan: ScannedJournal): boolean {
  const tail = data.subarray(start)
  if (tail.every((byte) => byte === 0) || hasZeroSector(data, start)) return true
  if (start < JOURNAL_MAGIC.length && !scan.legacy) return JOURNAL_MAGIC.subarray(0, data.length).equals(data)
  if (tail.length < headerBytes(scan.legacy)) return true
  if (scan.legacy) return legacyLooksTorn(data, start, scan)
  if (headerIntact(data, start, false)) return headerBytes(false) + declaredLength(data, start) > tail.length
  return !looksLikeWholeFrame(tail)
}

/**
 * Legacy headers have no checksum, so a damaged length could pass for a cut-short frame: then the
 * bytes after the header parsing as a whole newer record show that it was written in full.
 */
function legacyLooksTorn(data: Buffer, start: number, scan: ScannedJournal): boolean {
  const header = headerBytes(true)
  const before = scan.frames.filter((frame) => frame.offset < start).pop()
  const behindHeader = parseRecord(data.subarray(start + header))
  if (behindHeader && behindHeader.seq > (before?.record.seq ?? 0)) return false
  return header + declaredLength(data, start) > data.length - start
}

/** A sector-aligned block inside [start, end of file) that is all zeros, the last one possibly partial. */
function hasZeroSector(data: Buffer, start: number): boolean {
  for (
    let sector = Math.ceil(start / SECTOR_BYTES) * SECTOR_BYTES;
    sector < data.length;
    sector += SECTOR_BYTES
  ) {
    const block = data.subarray(sector, Math.min(sector + SECTOR_BYTES, data.length))
    if (block.every((byte) => byte === 0)) return true
  }
  return false
}
