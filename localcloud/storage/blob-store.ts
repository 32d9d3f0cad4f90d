/**
 * Where stored files live: in memory (a memory-only local cloud, as in tests) or on disk under
 * `<dataDir>/storage/`. On disk a file is named by the hash of its file id, so no cloudPath ever
 * becomes a file-system path (no traversal, no `a/b` file clashing with an `a/b/c` folder), and it
 * appears whole or not at all: written to `tmp/`, fsynced, renamed into `objects/`, and the folder
 * fsynced before the upload is answered. A crash leaves at most an orphan in `tmp/`, swept at open.
 */
import { createHash, randomBytes } from 'crypto'
import fs from 'fs/promises'
import path from 'path'

export interface BlobStore {
  read(fileID: string): Promise<Buffer | null>
  /** Resolves once the bytes are durable; replaces what was there (COS overwrites a key). */
  write(fileID: string, bytes: Buffer): Promise<void>
  /** False when there was nothing to remove. */
  remove(fileID: string): Promise<boolean>
  has(fileID: string): Promise<boolean>
}

export class MemoryBlobStore implements BlobStore {
  private readonly files = new Map<string, Buffer>()

  async read(fileID: string) {
    const bytes = this.files.get(fileID)
    return bytes ? Buffer.from(bytes) : null
  }

  async write(fileID: string, bytes: Buffer) {
    this.files.set(fileID, Buffer.from(bytes))
  }

  async remove(fileID: string) {
    return this.files.delete(fileID)
  }

  async has(fileID: string) {
    return this.files.has(fileID)
  }
}

export class DiskBlobStore implements BlobStore {
  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<DiskBlobStore> {
    await fs.mkdir(path.join(dir, 'objects'), { recursive: true })
    // Whatever is in tmp/ was never renamed into place: an upload cut short by a crash.
    await fs.rm(path.join(dir, 'tmp'), { recursive: true, force: true })
    await fs.mkdir(path.join(dir, 'tmp'), { recursive: true })
    return new DiskBlobStore(dir)
  }

  async read(fileID: string) {
    try {
      return await fs.readFile(this.fileOf(fileID))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
  }

  async write(fileID: string, bytes: Buffer) {
    const target = this.fileOf(fileID)
    const temp = path.join(this.dir, 'tmp', randomBytes(12).toString('hex'))
    const handle = await fs.open(temp, 'wx', 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.rename(temp, target)
    await syncDir(path.dirname(target))
  }

  async remove(fileID: string) {
    const target = this.fileOf(fileID)
    try {
      await fs.unlink(target)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw err
    }
    await syncDir(path.dirname(target))
    return true
  }

  async has(fileID: string) {
    try {
      await fs.access(this.fileOf(fileID))
      return true
    } catch {
      return false
    }
  }

  private fileOf(fileID: string): string {
    const name = createHash('sha256').update(fileID).digest('hex')
    return path.join(this.dir, 'objects', name.slice(0, 2), name)
  }
}

/** Makes a rename or unlink itself durable (the directory entry, not only the file's bytes). */
async function syncDir(dir: string) {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
