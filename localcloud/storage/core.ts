/** What the storage wire, its HTTP face and the app's upload endpoint share. */
import type { BlobStore } from './blob-store'
import { bucketOf } from './file-ids'
import type { FileAddress } from './file-ids'
import type { Signer } from './signer'

export interface StorageCore {
  /** The environment a request without `envName` means (the SDK sends '' for the current one). */
  readonly envId: string
  readonly store: BlobStore
  readonly signer: Signer
  /** `http://host:port` of the local cloud, known once it listens. */
  publicUrl(): string
  /** Seconds since the epoch; replaceable so tests can let URLs expire. */
  nowSec(): number
}

/** The largest object the local storage keeps (COS allows far more; nothing here needs it). */
export const MAX_OBJECT_BYTES = 20 * 1024 * 1024

/** The longest a temporary URL may live, and its default, as in WeChat cloud: one day. */
export const MAX_URL_SECONDS = 24 * 3600

/** How long an upload ticket from `getUploadMetadata` may be used. */
export const UPLOAD_TICKET_SECONDS = 15 * 60

/** Every file is served below this path: `/storage/<env>.<bucket>/<cloudPath>`. */
export const STORAGE_ROUTE = '/storage/'

export function objectPath(address: FileAddress, encode: boolean): string {
  const cloudPath = encode
    ? address.cloudPath.split('/').map(encodeURIComponent).join('/')
    : address.cloudPath
  return `${STORAGE_ROUTE}${address.env}.${address.bucket}/${cloudPath}`
}

/**
 * A signed, expiring URL for reading one file. The cloudPath stays unescaped, as the real CDN's
 * URLs are: the SDK (`downloadFile`) and browsers escape it themselves, and would escape it twice.
 */
export function tempUrl(core: StorageCore, address: FileAddress, fileID: string, maxAge: number): string {
  const expires = core.nowSec() + maxAge
  const sign = core.signer.sign(['get', fileID, String(expires)])
  return `${core.publicUrl()}${objectPath(address, false)}?t=${expires}&sign=${sign}`
}

export function isCurrentBucket(core: StorageCore, address: FileAddress): boolean {
  return address.env === core.envId && address.bucket === bucketOf(core.envId)
}
