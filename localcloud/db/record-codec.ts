/**
 * A journal record's payload: one commit's sequence number and store operations as JSON, with
 * documents in the same Extended JSON as the wire. The framing around it is journal-frame.ts.
 */
import { decodeValue, encodeValue } from './ejson'
import type { Doc } from './ejson'
import type { IndexSpec } from './hash-index'
import type { StoreOp } from './state'

export interface JournalRecord {
  seq: number
  ops: StoreOp[]
}

/**
 * Every payload starts with these bytes (`JSON.stringify` keeps key order), which lets a reader
 * that lost the frame boundaries find candidate frames quickly instead of trying every offset.
 */
export const PAYLOAD_START = Buffer.from('{"seq":')

export function encodePayload(record: JournalRecord): Buffer {
  return Buffer.from(JSON.stringify({ seq: record.seq, ops: record.ops.map(encodeOp) }), 'utf8')
}

/** A payload as `encodePayload` writes it, or null. */
export function parseRecord(payload: Buffer): JournalRecord | null {
  if (!payload.subarray(0, PAYLOAD_START.length).equals(PAYLOAD_START)) return null
  try {
    const raw = JSON.parse(payload.toString('utf8')) as { seq: number; ops: EncodedOp[] }
    if (!Number.isSafeInteger(raw.seq) || raw.seq < 1 || !Array.isArray(raw.ops)) return null
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
