/**
 * `npm run admin -- repair`: when a data directory is damaged, salvages every intact record into a
 * new directory and swaps it in, keeping the original aside byte for byte (as evidence, and in
 * case a person can recover more by hand). The swap is two renames: the original becomes
 * `<dir>.damaged-<time>`, the repaired copy, built and verified as `<dir>.repaired-<time>`,
 * becomes `<dir>`, so `npm start` simply works again. A directory without damage is left alone.
 */
import fs from 'fs/promises'
import path from 'path'
import { DataCorruptionError } from './corruption'
import { LocalDatabase } from './database'
import { encodeValue } from './ejson'
import { syncDir } from './journal'
import { checkJournals, readJournals } from './journal-check'
import type { JournalFile, TornTail } from './journal-check'
import type { ByteRange } from './journal-scan'
import { acquireDirLock } from './lockfile'
import { salvage } from './salvage'
import { captureState, checkSnapshot, SNAPSHOT_FILE, writeSnapshot } from './snapshot'
import { readSnapshot } from './snapshot-read'
import type { SnapshotContents } from './snapshot-read'

export const SET_ASIDE_FILE = 'repair-set-aside.json'

export interface RepairReport {
  dir: string
  /** The damage that made the directory refuse to open; null when there was none (nothing done). */
  damage: { file: string; offset: number; meaning: string } | null
  /** An undamaged directory's torn tail, which the next start cuts. */
  tornTail: TornTail | null
  /** Where the original directory now is. */
  keptAs: string | null
  snapshot: { file: string; seq: number; seqGuessed: boolean; docs: number; damaged: ByteRange[] } | null
  journals: { file: string; size: number; records: number; damaged: ByteRange[] }[]
  appliedRecords: number
  gaps: { from: number; to: number }[]
  setAside: number
  collections: number
  documents: number
}

export async function repairDataDir(dataDir: string, now = new Date()): Promise<RepairReport> {
  const dir = path.resolve(dataDir)
  await fs.access(dir)
  const unlock = await acquireDirLock(dir)
  let report: RepairReport
  try {
    const snapshot = await readSnapshot(path.join(dir, SNAPSHOT_FILE))
    const files = await readJournals(dir)
    report = describeFiles(dir, files)
    diagnose(report, snapshot, files)
    if (report.damage) await salvageInto(`${dir}.repaired-${stamp(now)}`, report, snapshot, files)
  } finally {
    await unlock()
  }
  if (report.damage) report.keptAs = await swapIn(dir, `${dir}.repaired-${stamp(now)}`, now)
  return report
}

function describeFiles(dir: string, files: JournalFile[]): RepairReport {
  return {
    dir,
    damage: null,
    tornTail: null,
    keptAs: null,
    snapshot: null,
    journals: files.map(({ file, data, scan }) => ({
      file,
      size: data.length,
      records: scan.frames.length,
      damaged: scan.damaged,
    })),
    appliedRecords: 0,
    gaps: [],
    setAside: 0,
    collections: 0,
    documents: 0,
  }
}

/** The same checks as opening: repair acts only where opening refuses. */
function diagnose(report: RepairReport, snapshot: SnapshotContents | null, files: JournalFile[]): void {
  try {
    if (snapshot) checkSnapshot(report.dir, snapshot)
    report.tornTail = checkJournals(report.dir, files, snapshot?.seq ?? 0)
  } catch (err) {
    if (!(err instanceof DataCorruptionError)) throw err
    report.damage = { file: err.file, offset: err.offset, meaning: err.meaning }
  }
}

async function salvageInto(
  repaired: string,
  report: RepairReport,
  snapshot: SnapshotContents | null,
  files: JournalFile[],
): Promise<void> {
  const result = salvage(snapshot, files)
  if (snapshot) {
    const { file, docs, damaged } = snapshot
    const seqGuessed = result.snapshotSeqGuessed
    report.snapshot = { file, seq: result.snapshotSeq, seqGuessed, docs: docs.length, damaged }
  }
  report.appliedRecords = result.appliedRecords
  report.gaps = result.gaps
  report.setAside = result.setAside.length
  await fs.mkdir(repaired)
  await copyOtherFiles(report.dir, repaired)
  await writeSnapshot(repaired, captureState(result.state))
  if (result.setAside.length > 0) {
    const docs = result.setAside.map((entry) => ({ ...entry, doc: encodeValue(entry.doc) }))
    await fs.writeFile(path.join(repaired, SET_ASIDE_FILE), JSON.stringify(docs, null, 2))
  }
  Object.assign(report, await verify(repaired))
}

/** Everything that is not the database (secrets, stored files…) comes along unchanged. */
async function copyOtherFiles(from: string, to: string): Promise<void> {
  const database = /^(LOCK|snapshot\.ndjson(\.tmp)?|journal-\d+\.log)$/
  for (const name of await fs.readdir(from)) {
    if (database.test(name)) continue
    await fs.cp(path.join(from, name), path.join(to, name), { recursive: true, preserveTimestamps: true })
  }
}

/** Opens the repaired directory as `npm start` will, so a repair that cannot open is never swapped in. */
async function verify(dir: string): Promise<{ collections: number; documents: number }> {
  const db = await LocalDatabase.open({ dir })
  try {
    const names = db.listCollections()
    return { collections: names.length, documents: names.reduce((n, name) => n + db.find(name).length, 0) }
  } finally {
    await db.close()
  }
}

async function swapIn(dir: string, repaired: string, now: Date): Promise<string> {
  const keptAs = `${dir}.damaged-${stamp(now)}`
  await fs.rename(dir, keptAs)
  try {
    await fs.rename(repaired, dir)
  } catch (err) {
    throw new Error(
      `原数据目录已移到 ${keptAs}，但修复后的目录 ${repaired} 未能改名为 ${dir}：` +
        `${(err as Error).message}。请手动把它改名为 ${dir}。`,
    )
  }
  await syncDir(path.dirname(path.resolve(dir)))
  return keptAs
}

/** Local time as 20250131-235959, sortable and safe in a file name. */
function stamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`
  return `${date}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`
}
