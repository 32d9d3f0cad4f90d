/**
 * The snapshot file: the whole database as of one commit sequence number, as newline-delimited
 * JSON (a header with collections and index declarations, one line per document, an end marker
 * with the document count). It is written to a temporary file, synced, renamed into place and the
 * directory synced, so a crash leaves either the old snapshot or the new one, never half of one.
 */
import { createReadStream } from 'fs'
import fs from 'fs/promises'
import path from 'path'
import readline from 'readline'
import { decodeValue, encodeValue } from './ejson'
import type { Doc } from './ejson'
import type { DocId, IndexSpec } from './hash-index'
import { syncDir } from './journal'
import type { DbState } from './state'

const FORMAT = 'localcloud-db-snapshot'
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

export async function writeSnapshot(dir: string, captured: CapturedState): Promise<void> {
  const target = path.join(dir, SNAPSHOT_FILE)
  const temp = `${target}.tmp`
  const handle = await fs.open(temp, 'w')
  try {
    const header = {
      format: FORMAT,
      version: 1,
      seq: captured.seq,
      collections: captured.collections.map(describe),
    }
    let chunk = JSON.stringify(header) + '\n'
    let count = 0
    for (const { name, docs } of captured.collections) {
      for (const [id, doc] of docs) {
        chunk += JSON.stringify({ c: name, id, d: encodeValue(doc) }) + '\n'
        count++
        if (chunk.length >= CHUNK_BYTES) {
          await handle.write(chunk)
          chunk = ''
        }
      }
    }
    await handle.write(chunk + JSON.stringify({ end: true, docs: count }) + '\n')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(temp, target)
  await syncDir(dir)
}

function describe(collection: CapturedCollection) {
  return { name: collection.name, indexes: collection.indexes }
}

/** Loads the snapshot into an empty state; returns its sequence number (0 when there is none). */
export async function loadSnapshot(dir: string, state: DbState): Promise<number> {
  const file = path.join(dir, SNAPSHOT_FILE)
  await fs.rm(`${file}.tmp`, { force: true })
  try {
    await fs.access(file)
  } catch {
    return 0
  }
  const lines = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  let seq = -1
  let count = 0
  let ended = false
  for await (const line of lines) {
    const entry = JSON.parse(line)
    if (seq < 0) seq = applyHeader(entry, state)
    else if (entry.end) ended = entry.docs === count
    else {
      state.applyOps(
        [{ type: 'put', collection: entry.c, id: entry.id, doc: decodeValue(entry.d) as Doc }],
        seq,
        false,
      )
      count++
    }
  }
  if (!ended) throw new Error(`snapshot ${file} is incomplete or corrupt`)
  return seq
}

function applyHeader(
  header: { format?: string; seq: number; collections: { name: string; indexes: IndexSpec[] }[] },
  state: DbState,
) {
  if (header.format !== FORMAT) throw new Error('not a localcloud database snapshot')
  for (const { name, indexes } of header.collections) {
    state.applyOps([{ type: 'createCollection', collection: name }], header.seq, false)
    for (const spec of indexes)
      state.applyOps([{ type: 'ensureIndex', collection: name, spec }], header.seq, false)
  }
  return header.seq
}
