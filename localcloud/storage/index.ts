/**
 * The local cloud's file storage: the storage side of wx-server-sdk's wire (./wire.ts), the COS
 * and CDN stand-in it uploads to and downloads from (./http.ts), and the H5 app's upload endpoint
 * (./app-upload.ts). Files live under `<dataDir>/storage/` and survive restarts, or in memory
 * when the local cloud has no data directory (tests).
 */
import path from 'path'
import type { IncomingMessage, ServerResponse } from 'http'
import { appUpload } from './app-upload'
import { DiskBlobStore, MemoryBlobStore } from './blob-store'
import type { BlobStore } from './blob-store'
import type { StorageCore } from './core'
import { serveStorage } from './http'
import { loadSigningKey, Signer } from './signer'
import { fileIdOf } from './file-ids'
import { handleStorageWire } from './wire'

export { isStorageAction } from './wire'
export { APP_UPLOAD_ROUTE } from './app-upload'
export { STORAGE_ROUTE } from './core'
export { bucketOf, fileIdOf, parseFileId } from './file-ids'

export interface StorageOptions {
  /** The local cloud's data directory; files go to `<dataDir>/storage/`. Omit for memory. */
  dataDir?: string
  envId: string
  publicUrl: () => string
  /** Milliseconds since the epoch; default Date.now. */
  now?: () => number
}

export class LocalStorage {
  private constructor(private readonly core: StorageCore) {}

  static async open(options: StorageOptions): Promise<LocalStorage> {
    const dir = options.dataDir ? path.join(options.dataDir, 'storage') : undefined
    const store: BlobStore = dir ? await DiskBlobStore.open(dir) : new MemoryBlobStore()
    const now = options.now ?? Date.now
    return new LocalStorage({
      envId: options.envId,
      store,
      signer: new Signer(loadSigningKey(dir)),
      publicUrl: options.publicUrl,
      nowSec: () => Math.floor(now() / 1000),
    })
  }

  /** One SDK wire request whose action is `storage.*`. */
  handle(params: Record<string, unknown>): Promise<Record<string, unknown>> {
    return handleStorageWire(this.core, params)
  }

  /** Requests under `/storage/`: the SDK's uploads, temporary URLs. */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await serveStorage(this.core, req, res)
  }

  /** `POST /api/storage/upload` from the H5 app. */
  async appUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await appUpload(this.core, req, res)
  }

  /** Stores bytes under a file id directly (the demo seed's pictures; tests). */
  write(fileID: string, bytes: Buffer): Promise<void> {
    return this.core.store.write(fileID, bytes)
  }

  /** The stored bytes of a file id, or null (tests and the admin script). */
  read(fileID: string): Promise<Buffer | null> {
    return this.core.store.read(fileID)
  }

  /** Stores bytes under a file id of this environment, as an upload would (the demo seed's images). */
  async put(cloudPath: string, bytes: Buffer): Promise<string> {
    const fileID = fileIdOf(this.core.envId, cloudPath)
    await this.core.store.write(fileID, bytes)
    return fileID
  }
}
