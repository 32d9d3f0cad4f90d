/**
 * Cloud file ids as WeChat cloud storage writes them: `cloud://<env>.<bucket>/<cloudPath>`, where
 * the bucket is `<hex of the env's first two letters>-<env>-<app number>` (e.g.
 * `cloud://prod-1a2b.7072-prod-1a2b-1300000000/stations/…`). Functions keep these ids in records.
 */

export interface FileAddress {
  env: string
  bucket: string
  cloudPath: string
}

/** Stands in for the numeric account suffix of a real bucket. */
const LOCAL_ACCOUNT = '1300000000'

/** The longest cloudPath accepted, in UTF-8 bytes (COS object keys stop at 850). */
export const MAX_CLOUD_PATH_BYTES = 850

export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-${LOCAL_ACCOUNT}`
}

export function fileIdOf(env: string, cloudPath: string): string {
  return `cloud://${env}.${bucketOf(env)}/${cloudPath}`
}

const FILE_ID = /^cloud:\/\/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\/(.+)$/

/** The parts of a file id, or null when it is not one. */
export function parseFileId(fileID: unknown): FileAddress | null {
  if (typeof fileID !== 'string') return null
  const match = FILE_ID.exec(fileID)
  if (!match) return null
  const [, env, bucket, cloudPath] = match
  return cloudPathProblem(cloudPath) ? null : { env, bucket, cloudPath }
}

/**
 * Why a cloudPath is refused, or null. Besides what COS refuses, `?` and `#` are kept out: the
 * path travels unescaped inside temporary URLs (the SDK runs `encodeURI` over them, as it must
 * for the real CDN's URLs), where either would cut the path short.
 */
export function cloudPathProblem(cloudPath: unknown): string | null {
  if (typeof cloudPath !== 'string' || cloudPath.length === 0) return 'cloudPath is empty'
  if (Buffer.byteLength(cloudPath) > MAX_CLOUD_PATH_BYTES) return 'cloudPath is too long'
  if (cloudPath.startsWith('/')) return 'cloudPath must not start with /'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\?#]/.test(cloudPath)) return 'cloudPath contains a character COS refuses'
  if (cloudPath.split('/').some((part) => part === '' || part === '.' || part === '..'))
    return 'cloudPath has an empty, . or .. segment'
  return null
}
