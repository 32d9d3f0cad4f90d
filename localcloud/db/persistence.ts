/**
 * Durable storage for a data directory: lock it, check the snapshot and every journal file, and
 * only then load the snapshot, replay the journal after it (cutting a torn tail left by a crash),
 * and keep journaling; compaction folds the journal into a new snapshot. Any other damage refuses
 * the open before a byte on disk changes (see journal-check.ts), since cutting it would drop
 * acknowledged writes. Every journal record carries its commit sequence number, so a record that
 * the snapshot already covers is skipped however the crash fell between "snapshot renamed" and
 * "old journal deleted".
 */
import fs from 'fs/promises'
import path from 'path'
import { FileJournal, journalPath, listGenerations } from './journal'
import { checkJournals, readJournals } from './journal-check'
import type { JournalFile, TornTail } from './journal-check'
import { acquireDirLock } from './lockfile'
import { captureState, loadSnapshot, SNAPSHOT_FILE, writeSnapshot } from './snapshot'
import type { DbState } from './state'

export interface StorageReport {
  /** Bytes of a torn journal tail (the unfinished last write of a crash) cut off when opening. */
  truncatedBytes: number
  /** Where that tail was, to tell the operator; null when there was none. */
  tornTail: TornTail | null
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
      const snapshotSeq = await loadSnapshot(dir, state)
      const files = await readJournals(dir)
      const torn = checkJournals(dir, files, snapshotSeq)
      // Checks passed: from here on the directory may change.
      await fs.rm(path.join(dir, `${SNAPSHOT_FILE}.tmp`), { force: true })
      if (torn) await truncateDurably(torn.file, torn.offset)
      const { generation, bytes, report } = replay(files, state, torn)
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

/** Replays records newer than the snapshot (whose sequence number `state.seq` now holds). */
function replay(files: JournalFile[], state: DbState, torn: TornTail | null) {
  const report: StorageReport = { truncatedBytes: torn?.bytes ?? 0, tornTail: torn, replayedRecords: 0 }
  for (const { scan } of files) {
    for (const { record } of scan.frames) {
      if (record.seq <= state.seq) continue
      state.applyOps(record.ops, record.seq, false)
      report.replayedRecords++
    }
  }
  const last = files[files.length - 1]
  if (!last) return { generation: 1, bytes: 0, report }
  // New frames never go into a legacy file: a reader decides a file's framing once, from its start.
  if (last.scan.legacy) return { generation: last.generation + 1, bytes: 0, report }
  const bytes = torn?.file === last.file ? torn.offset : last.data.length
  return { generation: last.generation, bytes, report }
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

/** What `npm start` prints when opening cut a torn tail, so that no cut goes unmentioned. */
export function tornTailNotice(report: StorageReport | null): string | null {
  const torn = report?.tornTail
  if (!torn) return null
  return (
    `丢弃了末尾未写完的 ${torn.bytes} 字节（${path.basename(torn.file)} 第 ${torn.offset} 字节起）：` +
    '上次退出时最后一次写入没有写完，这次写入从未被确认；之前确认过的数据都在。'
  )
}
