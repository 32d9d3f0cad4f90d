/**
 * Where files go in cloud storage: `stations/<stationId>/<kind>/<owner>/<name>.<ext>`, where the
 * owner is a hash of the uploader's OPENID (or `server` for files a function makes). The path is
 * how a function knows, before it trusts a file id from the app, that the file is this station's
 * and was uploaded by this caller: the app uploads straight to storage, and the only things the
 * storage service records that a function can read back are the path and the bytes. The local
 * cloud's H5 upload endpoint applies the same rule (localcloud/storage/app-upload.ts), which is
 * why it lives in the contract: localcloud/ depends on types/, never on the kernel. (Node only:
 * the app never imports it.)
 */
import { createHash, randomBytes } from 'crypto'

/** The owner part of files a function makes itself (not a hash, so never an OPENID's). */
export const SERVER_OWNER = 'server'

/** Names the uploader without putting an OPENID into URLs. */
export function ownerKey(openid: string): string {
  return createHash('sha256').update(`linli-file-owner:${openid}`).digest('hex').slice(0, 24)
}

export function memberPrefix(stationId: string, kind: string, openid: string): string {
  return `stations/${stationId}/${kind}/${ownerKey(openid)}/`
}

/**
 * For images of something published anonymously (a 邻里夜话 topic): `ownerKey` is the same for
 * every upload of one person, so its appearance in an image URL would tie an anonymous topic to
 * the same person's signed posts. Here the owner part is a hash of the OPENID and a fresh nonce,
 * and the file's name starts with that nonce (`<nonce>-…`): the server can still tell the file is
 * the caller's, and no two upload batches share a folder.
 */
export function anonymousOwnerKey(openid: string, nonce: string): string {
  return createHash('sha256').update(`linli-file-anon:${openid}|${nonce}`).digest('hex').slice(0, 24)
}

export function anonymousTarget(
  stationId: string,
  kind: string,
  openid: string,
): { prefix: string; namePrefix: string } {
  const nonce = randomBytes(6).toString('hex')
  return {
    prefix: `stations/${stationId}/${kind}/${anonymousOwnerKey(openid, nonce)}/`,
    namePrefix: `${nonce}-`,
  }
}

const NONCE = /^([0-9a-f]{12})-/

/** Was the file at this path uploaded by this OPENID (into its own folder, or an anonymous one)? */
export function isOwnedBy(path: Pick<StoragePath, 'owner' | 'name'>, openid: string): boolean {
  if (path.owner === ownerKey(openid)) return true
  const nonce = NONCE.exec(path.name)?.[1]
  return !!nonce && path.owner === anonymousOwnerKey(openid, nonce)
}

/** Was it uploaded into an anonymous folder (not the uploader's own)? */
export function isAnonymousUpload(path: Pick<StoragePath, 'owner' | 'name'>, openid: string): boolean {
  return path.owner !== ownerKey(openid) && isOwnedBy(path, openid)
}

/** A fresh path for a file a function makes. */
export function serverPath(stationId: string, kind: string, ext: string): string {
  return `stations/${stationId}/${kind}/${SERVER_OWNER}/${randomBytes(16).toString('hex')}.${ext}`
}

export interface StoragePath {
  stationId: string
  kind: string
  owner: string
  name: string
  ext: string
}

const PATH =
  /^stations\/([A-Za-z0-9_-]{1,64})\/([a-z]{1,20})\/([0-9a-f]{24}|server)\/([A-Za-z0-9_-]{8,64})\.(jpg|jpeg|png|webp)$/

/** The parts of a path this product writes, or null for any other path. */
export function parseStoragePath(cloudPath: string): StoragePath | null {
  const match = PATH.exec(cloudPath)
  if (!match) return null
  const [, stationId, kind, owner, name, ext] = match
  return { stationId, kind, owner, name, ext }
}

/** The cloudPath inside a file id `cloud://<env>.<bucket>/<cloudPath>`, with the env. */
export function splitFileId(fileID: unknown): { env: string; cloudPath: string } | null {
  if (typeof fileID !== 'string' || fileID.length > 1024) return null
  const match = /^cloud:\/\/([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\/(.+)$/.exec(fileID)
  return match ? { env: match[1], cloudPath: match[2] } : null
}
