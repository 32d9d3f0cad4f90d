/**
 * Helpers for the corruption and repair tests: build data directories with acknowledged writes,
 * take them as bytes, damage those bytes, and put them back, so a test can compare every file
 * before and after an open that must refuse.
 */
import fs from 'fs'
import path from 'path'
import { LocalDatabase } from '../../../localcloud/db'
import { scanJournal } from '../../../localcloud/db/journal-scan'
import type { ScannedFrame } from '../../../localcloud/db/journal-scan'

/** File name to contents, for every file in a data directory. */
export type Files = Map<string, Buffer>

export function readFiles(dir: string): Files {
  const names = fs.readdirSync(dir).sort()
  return new Map(names.map((name) => [name, fs.readFileSync(path.join(dir, name))]))
}

export function writeFiles(dir: string, files: Files): void {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (const [name, data] of files) fs.writeFileSync(path.join(dir, name), data)
}

export function copyFiles(files: Files): Files {
  return new Map([...files].map(([name, data]) => [name, Buffer.from(data)]))
}

export function journalNames(files: Files): string[] {
  return [...files.keys()].filter((name) => name.startsWith('journal-')).sort()
}

export function frames(data: Buffer): ScannedFrame[] {
  return scanJournal(data).frames
}

/** Every collection's documents, by id, as a test compares them. */
export type Contents = Record<string, Record<string, unknown>[]>

export function contentsOf(db: LocalDatabase): Contents {
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a._id).localeCompare(String(b._id))
  return Object.fromEntries(db.listCollections().map((name) => [name, db.find(name).sort(byId)]))
}

const wire = (db: LocalDatabase, params: Record<string, unknown>) =>
  db.handle(params).then((reply) => {
    if (reply.code) throw new Error(String(reply.message))
    return reply
  })

export function setField(db: LocalDatabase, collection: string, id: string, data: Record<string, unknown>) {
  return wire(db, {
    action: 'database.modifyDocument',
    collectionName: collection,
    queryType: 'DOC',
    query: JSON.stringify({ _id: id }),
    data: JSON.stringify({ $set: data }),
    merge: true,
  })
}

export function remove(db: LocalDatabase, collection: string, id: string) {
  return wire(db, {
    action: 'database.removeDocument',
    collectionName: collection,
    queryType: 'DOC',
    query: JSON.stringify({ _id: id }),
  })
}

/** Moves `amount` from one account to another in one transaction (one journal record). */
export async function transfer(db: LocalDatabase, from: string, to: string, amount: number) {
  const { transactionId } = await wire(db, { action: 'database.startTransaction' })
  const inc = (id: string, by: number) =>
    wire(db, {
      action: 'database.modifyDocument',
      collectionName: 'accounts',
      queryType: 'DOC',
      query: JSON.stringify({ _id: id }),
      data: JSON.stringify({ $inc: { balance: by } }),
      merge: true,
      transactionId,
    })
  await inc(from, -amount)
  await inc(to, amount)
  await wire(db, { action: 'database.commitTransaction', transactionId })
}

/**
 * A data directory as it is after a while in use: a snapshot holding the first writes, a newer
 * journal generation holding the rest, and (optionally) the older generation the snapshot covers,
 * left behind as by a crash between writing the snapshot and deleting old journals. Every write
 * here is acknowledged; returns what the database holds.
 */
export async function buildDataDir(dir: string, options: { leftover: boolean; compact: boolean }) {
  const db = await LocalDatabase.open({ dir })
  await db.createCollection('members')
  await db.createCollection('accounts')
  await db.ensureIndex('members', { name: 'openid', keys: { openid: 1 }, unique: true })
  await db.insertMany('accounts', [
    { _id: 'a', balance: 500 },
    { _id: 'b', balance: 500 },
  ])
  for (let i = 0; i < 25; i++) await db.insertMany('members', [member(i)])
  for (let i = 0; i < 25; i += 4) await setField(db, 'members', `m${i}`, { role: 'volunteer', n: i * 10 })
  await transfer(db, 'a', 'b', 30)
  await remove(db, 'members', 'm3')
  if (options.compact) {
    const older = readFiles(dir)
    await db.compact()
    await db.insertMany('members', [member(100)])
    if (options.leftover)
      for (const name of journalNames(older))
        fs.writeFileSync(path.join(dir, name), older.get(name) as Buffer)
  }
  await db.createCollection('log')
  for (let i = 0; i < 12; i++)
    await db.insertMany('log', [{ _id: `l${i}`, text: `第 ${i} 条`, at: new Date(i * 1000) }])
  await transfer(db, 'b', 'a', 7)
  await remove(db, 'log', 'l0')
  // The last record is longer than the damage tests overwrite in one run (see corruption-property).
  await setField(db, 'members', 'm1', { name: '改名后的住户', tags: ['a', 'b'] })
  const contents = contentsOf(db)
  await db.close()
  return contents
}

function member(i: number) {
  return { _id: `m${i}`, openid: `o${i}`, name: `住户${i}`, joinedAt: new Date(1_700_000_000_000 + i) }
}

/** A small deterministic random source (mulberry32), so a failing trial can be replayed by seed. */
export function randomSource(seed: number): (below: number) => number {
  let state = seed >>> 0
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below)
  }
}
