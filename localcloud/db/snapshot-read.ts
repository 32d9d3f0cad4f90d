/**
 * Reads a snapshot file line by line, checking each line's CRC-32 and keeping byte offsets, so
 * that opening can refuse a damaged snapshot naming the byte, and repair can keep the intact
 * lines. Version 1 snapshots (written before lines carried checksums) are still read; their only
 * checks are JSON syntax and the document count, and the next compaction rewrites them.
 */
import fs from 'fs/promises'
import { decodeValue } from './ejson'
import type { Doc } from './ejson'
import type { DocId, IndexSpec } from './hash-index'
import type { ByteRange } from './journal-scan'
import { crc32 } from './crc32'

export const SNAPSHOT_FORMAT = 'localcloud-db-snapshot'
const CRC_DIGITS = 8

export interface SnapshotDoc {
  collection: string
  id: DocId
  doc: Doc
}

export interface SnapshotContents {
  file: string
  /** From the header, or from the end marker when the header line is damaged; null if neither. */
  seq: number | null
  /** Null when the header line is damaged. */
  collections: { name: string; indexes: IndexSpec[] }[] | null
  /** The intact document lines. */
  docs: SnapshotDoc[]
  /** Lines whose checksum or JSON fails, and bytes after the last newline. */
  damaged: ByteRange[]
  /** A structural fault besides damaged lines: no header, no end marker, a wrong count. */
  problem: { offset: number; what: string } | null
}

interface Entry {
  format?: string
  seq?: number
  collections?: { name: string; indexes: IndexSpec[] }[]
  end?: boolean
  docs?: number
  c?: string
  id?: DocId
  d?: unknown
}

/** Null when there is no snapshot file. */
export async function readSnapshot(file: string): Promise<SnapshotContents | null> {
  const data = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null
    throw err
  })
  return data && parseSnapshot(file, data)
}

interface Parsing {
  contents: SnapshotContents
  header: Entry | null
  end: (Entry & { offset: number }) | null
}

function parseSnapshot(file: string, data: Buffer): SnapshotContents {
  const legacy = data[0] === 0x7b // "{": version 1
  const contents: SnapshotContents = {
    file,
    seq: null,
    collections: null,
    docs: [],
    damaged: [],
    problem: null,
  }
  const parsing: Parsing = { contents, header: null, end: null }
  for (let start = 0; start < data.length;) {
    const newline = data.indexOf(0x0a, start)
    const stop = newline < 0 ? data.length : newline + 1
    const entry = parseLine(data.subarray(start, newline < 0 ? data.length : newline), legacy)
    take(parsing, entry, start, stop)
    start = stop
  }
  const { header, end } = parsing
  contents.seq = header?.seq ?? end?.seq ?? null
  contents.collections = header?.collections ?? null
  contents.problem ??= structuralProblem(contents, header, end, data.length, legacy)
  return contents
}

function take(parsing: Parsing, entry: Entry | null, start: number, stop: number): void {
  const { contents } = parsing
  if (!entry) contents.damaged.push({ start, end: stop })
  else if (parsing.end) contents.problem ??= { offset: start, what: '的结束标记之后还有内容' }
  else if (start === 0 && entry.format === SNAPSHOT_FORMAT) parsing.header = entry
  else if (entry.end === true) parsing.end = { ...entry, offset: start }
  else addDoc(contents, entry, start, stop)
}

function parseLine(line: Buffer, legacy: boolean): Entry | null {
  const json = legacy ? line : line.subarray(CRC_DIGITS + 1)
  if (!legacy) {
    const expected = crc32(json).toString(16).padStart(CRC_DIGITS, '0')
    if (line[CRC_DIGITS] !== 0x20 || line.toString('latin1', 0, CRC_DIGITS) !== expected) return null
  }
  try {
    const entry = JSON.parse(json.toString('utf8'))
    return entry !== null && typeof entry === 'object' ? (entry as Entry) : null
  } catch {
    return null
  }
}

function addDoc(contents: SnapshotContents, entry: Entry, start: number, stop: number): void {
  if (typeof entry.c !== 'string' || (typeof entry.id !== 'string' && typeof entry.id !== 'number')) {
    contents.damaged.push({ start, end: stop })
    return
  }
  contents.docs.push({ collection: entry.c, id: entry.id, doc: decodeValue(entry.d) as Doc })
}

function structuralProblem(
  contents: SnapshotContents,
  header: Entry | null,
  end: (Entry & { offset: number }) | null,
  size: number,
  legacy: boolean,
): SnapshotContents['problem'] {
  if (contents.damaged.length > 0) return null // reported as damage, with its own offset
  if (!header) return { offset: 0, what: '缺少文件头，不是本地云的快照' }
  if (!end) return { offset: size, what: '不完整，缺少结束标记' }
  if (end.docs !== contents.docs.length) return { offset: end.offset, what: '记录的文档数与实际不符' }
  if (!legacy && end.seq !== header.seq) return { offset: end.offset, what: '首尾的序号不一致' }
  return null
}
