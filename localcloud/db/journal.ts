/**
 * The append-only journal: one record per committed request or transaction, written to
 * `journal-<generation>.log` and `fdatasync`ed before the commit is acknowledged. Commits that
 * arrive in the same tick, or while a sync is in flight, share the next write and sync (group
 * commit), so concurrent writers do not each pay for a disk flush.
 *
 * Compaction rotates to a new generation; older generations are deleted once a snapshot covers
 * them. A write that fails stops the journal: see `failed`.
 */
import fs from 'fs/promises'
import type { FileHandle } from 'fs/promises'
import path from 'path'
import { encodeFrame, JOURNAL_MAGIC } from './journal-frame'
import type { JournalRecord } from './record-codec'

export type { JournalRecord } from './record-codec'

export interface Journal {
  /** Resolves once the record is durable. */
  append(record: JournalRecord): Promise<void>
  close(): Promise<void>
}

interface Pending {
  frame: Buffer
  resolve: () => void
  reject: (err: Error) => void
}

export function journalPath(dir: string, generation: number): string {
  return path.join(dir, `journal-${String(generation).padStart(6, '0')}.log`)
}

/** The journal generations present in a data directory, oldest first. */
export async function listGenerations(dir: string): Promise<number[]> {
  const names = await fs.readdir(dir)
  return names
    .map((name) => /^journal-(\d+)\.log$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b)
}

export class FileJournal implements Journal {
  private queue: Pending[] = []
  private flushing: Promise<void> | null = null
  private scheduled = false
  private handle: FileHandle | null = null
  private handleGeneration = 0
  /** A new file starts with the magic that marks its framing (see journal-frame.ts). */
  private handleIsEmpty = false
  /**
   * The first failed write. Nothing is written after it: a later write landing behind half-written
   * bytes would turn a harmless torn tail into damage followed by intact records.
   */
  private failed: Error | null = null
  /** Bytes in the current generation, to decide when compaction is worth it. */
  bytes: number
  /** Called after each successful flush. */
  onFlushed: () => void = () => {}

  constructor(
    private readonly dir: string,
    public generation: number,
    existingBytes: number,
  ) {
    this.bytes = existingBytes
  }

  append(record: JournalRecord): Promise<void> {
    if (this.failed) return Promise.reject(this.failed)
    const frame = encodeFrame(record)
    return new Promise((resolve, reject) => {
      this.queue.push({ frame, resolve, reject })
      this.schedule()
    })
  }

  /** Starts a new generation for every write not yet flushed; returns the previous one. */
  rotate(): number {
    this.bytes = 0
    return this.generation++
  }

  /** Waits until everything appended so far is on disk (or has failed). */
  async drain(): Promise<void> {
    while (this.flushing || this.scheduled || this.queue.length > 0) {
      await (this.flushing ?? new Promise((resolve) => setImmediate(resolve)))
    }
  }

  async close(): Promise<void> {
    await this.drain()
    await this.handle?.close()
    this.handle = null
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.flushing = this.flushAll().finally(() => {
        this.flushing = null
        if (this.queue.length > 0) this.schedule()
      })
    })
  }

  private async flushAll(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue
      this.queue = []
      try {
        const handle = await this.currentHandle()
        const frames = batch.map((item) => item.frame)
        const data = Buffer.concat(this.handleIsEmpty ? [JOURNAL_MAGIC, ...frames] : frames)
        await writeFully(handle, data)
        await handle.datasync()
        this.handleIsEmpty = false
        this.bytes += data.length
        batch.forEach((item) => item.resolve())
        this.onFlushed()
      } catch (err) {
        this.failed = err as Error
        const unwritten = [...batch, ...this.queue]
        this.queue = []
        unwritten.forEach((item) => item.reject(err as Error))
      }
    }
  }

  private async currentHandle(): Promise<FileHandle> {
    if (this.handle && this.handleGeneration === this.generation) return this.handle
    await this.handle?.close()
    this.handle = await fs.open(journalPath(this.dir, this.generation), 'a')
    this.handleGeneration = this.generation
    this.handleIsEmpty = (await this.handle.stat()).size === 0
    // A new file's directory entry must be durable too, or a crash could lose the whole file.
    await syncDir(this.dir)
    return this.handle
  }
}

async function writeFully(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset)
    offset += bytesWritten
  }
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
