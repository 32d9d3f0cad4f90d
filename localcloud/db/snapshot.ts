/**
 * The snapshot file: the whole database as of one commit sequence number, as newline-delimited
 * JSON (a header with collections and index declarations, one line per document, an end marker
 * with the document count and the sequence number again). Every line starts with the CRC-32 of
 * its JSON, so any damaged byte is found and named, and repair can keep the lines around it.
 * It is written to a temporary file, synced, renamed into place and the directory synced, so a
 * crash leaves either the old snapshot or the new one, never half of one.
 */
import fs from 'fs/promises'
import path from 'path'
import { snapshotDamaged } from './corruption'
import { encodeValue } from './ejson'
import type { Doc } from './ejson'
import type { DocId, IndexSpec } from './hash-index'
import { syncDir } from './journal'
import { crc32 } from './crc32'
import { readSnapshot, SNAPSHOT_FORMAT } from './snapshot-read'
import type { SnapshotContents } from './snapshot-read'
import type { DbState } from './state'

const CHUNK_BYTES = 1 << 20

export const SNAPSHOT_FILE = 'snapshot.ndjson'

interface CapturedCollection {
  name: string
  indexes: IndexSpec[]
  docs: [DocId, Doc][]
}

export interface CapturedState {
  seq: number
  collections: CapturedCollection[]
}

/** Takes references to the current documents; cheap, and safe because documents are immutable. */
export function captureState(state: DbState): CapturedState {
  const collections = [...state.collections.values()].map((store) => ({
    name: store.name,
    indexes: [...store.indexes.values()].map((index) => index.spec),
    docs: [...store.live()],
  }))
  return { seq: state.seq, collections }
}

/** `<crc32 of the JSON, 8 hex digits> <JSON>\n` */
function line(value: unknown): string {
  const json = JSON.stringify(value)
  return `${crc32(Buffer.from(json, 'utf8')).toString(16).padStart(8, '0')} ${json}\n`
}

export async function writeSnapshot(dir: string, captured: CapturedState): Promise<void> {
  const target = path.join(dir, SNAPSHOT_FILE)
  const temp = `${target}.tmp`
  const handle = await fs.open(temp, 'w')
  try {
    const collections = captured.collections.map(({ name, indexes }) => ({ name, indexes }))
    let chunk = line({ format: SNAPSHOT_FORMAT, version: 2, seq: captured.seq, collections })
    let count = 0
    for (const { name, docs } of captured.collections) {
      for (const [id, doc] of docs) {
        chunk += line({ c: name, id, d: encodeValue(doc) })
        count++
        if (chunk.length >= CHUNK_BYTES) {
          await handle.write(chunk)
          chunk = ''
        }
      }
    }
    await handle.write(chunk + line({ end: true, docs: count, seq: captured.seq }))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(temp, target)
  await syncDir(dir)
}

/**
 * Loads the snapshot into an empty state and returns its sequence number (0 when there is none).
 * A snapshot that fails any check is refused, never skipped: the journals it replaced are gone.
 */
export async function loadSnapshot(dir: string, state: DbState): Promise<number> {
  const contents = await readSnapshot(path.join(dir, SNAPSHOT_FILE))
  if (!contents) return 0
  checkSnapshot(dir, contents)
  applySnapshot(contents, state, contents.seq as number)
  return contents.seq as number
}

export function checkSnapshot(dir: string, { file, damaged, problem }: SnapshotContents): void {
  if (damaged.length > 0) throw snapshotDamaged(dir, file, damaged[0].start, '中这一行的内容与校验和不符')
  if (problem) throw snapshotDamaged(dir, file, problem.offset, problem.what)
}

function applySnapshot(contents: SnapshotContents, state: DbState, seq: number): void {
  for (const { name, indexes } of contents.collections ?? []) {
    state.applyOps([{ type: 'createCollection', collection: name }], seq, false)
    for (const spec of indexes) state.applyOps([{ type: 'ensureIndex', collection: name, spec }], seq, false)
  }
  for (const { collection, id, doc } of contents.docs)
    state.applyOps([{ type: 'put', collection, id, doc }], seq, false)
}
