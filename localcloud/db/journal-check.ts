/**
 * Decides, before anything on disk is touched, whether the journal files can be replayed as they
 * are. The one fault a crash can cause, an unfinished last write, is returned as a torn tail to
 * cut. Everything else throws DataCorruptionError: bytes that are not intact frames with intact
 * records after them (in the same file or a later one), a damaged last record that was written
 * in full, or a missing record number. Cutting those would silently drop acknowledged writes.
 */
import fs from 'fs/promises'
import { damageBeforeRecords, lastRecordDamaged, olderFileDamaged, seqGap } from './corruption'
import { journalPath, listGenerations } from './journal'
import { looksTorn, scanJournal } from './journal-scan'
import type { ScannedFrame, ScannedJournal } from './journal-scan'

export interface JournalFile {
  generation: number
  file: string
  data: Buffer
  scan: ScannedJournal
}

export interface TornTail {
  file: string
  offset: number
  bytes: number
}

export async function readJournals(dir: string): Promise<JournalFile[]> {
  const files: JournalFile[] = []
  for (const generation of await listGenerations(dir)) {
    const file = journalPath(dir, generation)
    const data = await fs.readFile(file)
    files.push({ generation, file, data, scan: scanJournal(data) })
  }
  return files
}

/** The torn tail to cut (null if none); throws if the journals are damaged in any other way. */
export function checkJournals(dir: string, files: JournalFile[], snapshotSeq: number): TornTail | null {
  const damagedAt = files.findIndex((f) => f.scan.damaged.length > 0)
  const torn = damagedAt < 0 ? null : checkDamage(dir, files, damagedAt)
  checkSequence(dir, files, snapshotSeq)
  return torn
}

/** The first damaged bytes are acceptable only as the unfinished last write of a crash. */
function checkDamage(dir: string, files: JournalFile[], damagedAt: number): TornTail {
  const { file, data, scan } = files[damagedAt]
  const offset = scan.damaged[0].start
  const before = scan.frames.filter((frame) => frame.offset < offset)
  const lastSeq = before.length > 0 ? before[before.length - 1].record.seq : 0
  const after = [
    ...scan.frames.filter((frame) => frame.offset > offset).map((frame) => ({ file, frame })),
    ...files.slice(damagedAt + 1).flatMap((f) => f.scan.frames.map((frame) => ({ file: f.file, frame }))),
  ].find(({ frame }) => frame.record.seq > lastSeq)
  if (after) throw damageBeforeRecords(dir, file, offset, place(after.file, after.frame))
  const later = files.slice(damagedAt + 1).find((f) => f.data.length > 0)
  if (later) throw olderFileDamaged(dir, file, offset, later.file)
  if (!looksTorn(data, offset, scan)) throw lastRecordDamaged(dir, file, offset)
  return { file, offset, bytes: data.length - offset }
}

/**
 * Commits are numbered one by one and journaled in that order, so the intact records must run on
 * without a gap, starting no later than just after the snapshot. (Records the snapshot already
 * covers may precede it: a crash can fall between writing a snapshot and deleting old journals.)
 */
function checkSequence(dir: string, files: JournalFile[], snapshotSeq: number): void {
  let expected: number | null = null
  for (const { file, scan } of files) {
    for (const frame of scan.frames) {
      const seq = frame.record.seq
      if (expected === null && seq > snapshotSeq + 1) throw seqGap(dir, place(file, frame), snapshotSeq + 1)
      if (expected !== null && seq !== expected) throw seqGap(dir, place(file, frame), expected)
      expected = seq + 1
    }
  }
}

function place(file: string, frame: ScannedFrame) {
  return { file, offset: frame.offset, seq: frame.record.seq }
}
