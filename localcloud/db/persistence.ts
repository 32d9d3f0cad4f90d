/**
 * Durable storage for a data directory: lock it, load the snapshot, replay the journal after it
 * (dropping a torn tail left by a crash), then keep journaling; compaction folds the journal into a
 * new snapshot. Every journal record carries its commit sequence number, so a record that the
 * snapshot already covers is skipped however the crash fell between "snapshot renamed" and
 * "old journal deleted".
 */
import fs from 'fs/promises'
import { FileJournal, journalPath } from './journal'
import { acquireDirLock } from './lockfile'
import { decodeFrames } from './record-codec'
import { captureState, loadSnapshot, writeSnapshot } from './snapshot'
import type { DbState } from './state'

export interface StorageReport {
  /** Bytes of a torn or corrupt journal tail that were cut off when opening. */
  truncatedBytes: number
  replayedRecords: number
}

export class Storage {
  private compacting: Promise<void> | null = null

  private constructor(
    private readonly dir: string,
    private readonly state: DbState,
    readonly journal: FileJournal,
    private readonly unlock: () => Promise<void>,
    readonly report: StorageReport,
  ) {}

  static async open(dir: string, state: DbState, compactAfterBytes: number): Promise<Storage> {
    await fs.mkdir(dir, { recursive: true })
    const unlock = await acquireDirLock(dir)
    try {
      await loadSnapshot(dir, state)
      const { generation, bytes, report } = await replayJournals(dir, state)
      const storage = new Storage(dir, state, new FileJournal(dir, generation, bytes), unlock, report)
      storage.journal.onFlushed = () => {
        if (storage.journal.bytes >= compactAfterBytes) storage.compactInBackground()
      }
      return storage
    } catch (err) {
      await unlock()
      throw err
    }
  }

  /** Writes a snapshot of the current state and deletes the journal generations it covers. */
  compact(): Promise<void> {
    this.compacting ??= this.runCompaction().finally(() => {
      this.compacting = null
    })
    return this.compacting
  }

  async close(): Promise<void> {
    await this.compacting?.catch(() => undefined)
    await this.journal.close()
    await this.unlock()
  }

  private compactInBackground(): void {
    if (this.compacting) return
    this.compact().catch((err) =>
      console.error('[localcloud/db] compaction failed; the journal keeps the data', err),
    )
  }

  private async runCompaction(): Promise<void> {
    // Capture and rotate in the same tick: everything in the snapshot is in journals up to `covered`.
    const captured = captureState(this.state)
    const covered = this.journal.rotate()
    await writeSnapshot(this.dir, captured)
    for (const generation of await listGenerations(this.dir)) {
      if (generation <= covered) await fs.rm(journalPath(this.dir, generation), { force: true })
    }
  }
}

async function listGenerations(dir: string): Promise<number[]> {
  const names = await fs.readdir(dir)
  return names
    .map((name) => /^journal-(\d+)\.log$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b)
}

/** Replays records newer than the snapshot (whose sequence number `state.seq` now holds). */
async function replayJournals(dir: string, state: DbState) {
  const generations = await listGenerations(dir)
  const report: StorageReport = { truncatedBytes: 0, replayedRecords: 0 }
  let bytes = 0
  for (const [i, generation] of generations.entries()) {
    const file = journalPath(dir, generation)
    const data = await fs.readFile(file)
    const { records, validBytes } = decodeFrames(data)
    if (validBytes < data.length) {
      // Only the last write before a crash can be torn; damage followed by more records is not a crash.
      const later = generations.slice(i + 1)
      if (await anyRecords(dir, later)) throw new Error(`journal ${file} is corrupt at byte ${validBytes}`)
      await truncateDurably(file, validBytes)
      report.truncatedBytes += data.length - validBytes
    }
    for (const record of records) {
      if (record.seq <= state.seq) continue
      state.applyOps(record.ops, record.seq, false)
      report.replayedRecords++
    }
    bytes = validBytes
  }
  const last = generations[generations.length - 1]
  return { generation: last ?? 1, bytes: last === undefined ? 0 : bytes, report }
}

async function anyRecords(dir: string, generations: number[]): Promise<boolean> {
  for (const generation of generations) {
    if (decodeFrames(await fs.readFile(journalPath(dir, generation))).records.length > 0) return true
  }
  return false
}

async function truncateDurably(file: string, length: number): Promise<void> {
  const handle = await fs.open(file, 'r+')
  try {
    await handle.truncate(length)
    await handle.sync()
  } finally {
    await handle.close()
  }
}
