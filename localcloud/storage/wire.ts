/**
 * The storage side of the SDK's wire (`POST /admin`, like the database): what
 * `cloud.uploadFile`, `getTempFileURL`, `downloadFile` and `deleteFile` send, read from
 * @cloudbase/node-sdk 3.17.2 (dist/storage/index.js) and pinned by tests/localcloud/storage-wire.test.ts.
 * - `storage.getUploadMetadata {path}` → `{data:{url, token, authorization, fileId, cosFileId}}`;
 *   the SDK then PUTs the bytes to `url` with those as headers (served in ./http.ts).
 * - `storage.batchGetDownloadUrl {file_list:[{fileid, max_age?}]}` → `{data:{download_list:[…]}}`;
 *   `downloadFile` asks for a URL this way, then GETs it.
 * - `storage.batchDeleteFile {fileid_list}` → `{data:{delete_list:[…]}}`.
 * Per-file outcomes carry `code: 'SUCCESS'` or an error code the SDK maps (STORAGE_FILE_NONEXIST
 * → -503003); a malformed request is `{code:'INVALID_PARAM'}`, which the SDK raises.
 */
import { randomBytes } from 'crypto'
import type { StorageCore } from './core'
import { isCurrentBucket, MAX_URL_SECONDS, objectPath, tempUrl, UPLOAD_TICKET_SECONDS } from './core'
import { cloudPathProblem, fileIdOf, parseFileId } from './file-ids'

type Params = Record<string, unknown>
type Reply = Record<string, unknown>

/** As in WeChat cloud: at most 50 files per temporary-URL or delete request. */
export const MAX_FILES_PER_CALL = 50

class WireError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const ACTIONS: Record<string, (core: StorageCore, params: Params, env: string) => Promise<Reply>> = {
  'storage.getUploadMetadata': getUploadMetadata,
  'storage.batchGetDownloadUrl': batchGetDownloadUrl,
  'storage.batchDeleteFile': batchDeleteFile,
}

export function isStorageAction(action: unknown): boolean {
  return typeof action === 'string' && action in ACTIONS
}

export async function handleStorageWire(core: StorageCore, params: Params): Promise<Reply> {
  const requestId = randomBytes(8).toString('hex')
  try {
    const action = ACTIONS[String(params.action)]
    if (!action) throw new WireError('INVALID_PARAM', `unsupported action ${JSON.stringify(params.action)}`)
    return { requestId, ...(await action(core, params, envOf(core, params))) }
  } catch (err) {
    if (err instanceof WireError) return { requestId, code: err.code, message: err.message }
    return { requestId, code: 'SYS_ERR', message: (err as Error).message }
  }
}

/** The SDK sends `envName: ''` for the function's own environment. */
function envOf(core: StorageCore, params: Params): string {
  const env = params.envName
  if (env === undefined || env === '' || env === core.envId) return core.envId
  throw new WireError('INVALID_PARAM', `[InvalidParameter] environment ${JSON.stringify(env)} does not exist`)
}

async function getUploadMetadata(core: StorageCore, params: Params, env: string): Promise<Reply> {
  const problem = cloudPathProblem(params.path)
  if (problem) throw new WireError('INVALID_PARAM', `[InvalidParameter] ${problem}`)
  const cloudPath = params.path as string
  const fileID = fileIdOf(env, cloudPath)
  const address = parseFileId(fileID)!
  const token = String(core.nowSec() + UPLOAD_TICKET_SECONDS)
  return {
    data: {
      url: `${core.publicUrl()}${objectPath(address, true)}`,
      token,
      authorization: core.signer.sign(['put', fileID, token]),
      fileId: fileID,
      cosFileId: cosFileIdOf(core, fileID),
      download_url: `${core.publicUrl()}${objectPath(address, false)}`,
    },
  }
}

/** The upload checks this header too, as COS checks its own metadata. */
export function cosFileIdOf(core: StorageCore, fileID: string): string {
  return core.signer.sign(['cos', fileID]).slice(0, 32)
}

async function batchGetDownloadUrl(core: StorageCore, params: Params): Promise<Reply> {
  const list = fileList(params.file_list, 'file_list')
  const download_list = []
  for (const entry of list) {
    const fileID = (entry as Params | null)?.fileid
    const address = parseFileId(fileID)
    if (!address || !isCurrentBucket(core, address)) {
      download_list.push({ fileID, tempFileURL: '', code: 'INVALID_PARAM', message: 'invalid fileid' })
    } else if (!(await core.store.has(fileID as string))) {
      download_list.push({
        fileID,
        tempFileURL: '',
        code: 'STORAGE_FILE_NONEXIST',
        message: 'file does not exist',
      })
    } else {
      const maxAge = maxAgeOf((entry as Params).max_age)
      download_list.push({
        fileID,
        tempFileURL: tempUrl(core, address, fileID as string, maxAge),
        code: 'SUCCESS',
        maxAge,
      })
    }
  }
  return { data: { download_list } }
}

async function batchDeleteFile(core: StorageCore, params: Params): Promise<Reply> {
  const list = fileList(params.fileid_list, 'fileid_list')
  const delete_list = []
  for (const fileID of list) {
    const address = parseFileId(fileID)
    if (!address || !isCurrentBucket(core, address))
      delete_list.push({ fileID, code: 'INVALID_PARAM', message: 'invalid fileid' })
    else if (await core.store.remove(fileID as string)) delete_list.push({ fileID, code: 'SUCCESS' })
    else delete_list.push({ fileID, code: 'STORAGE_FILE_NONEXIST', message: 'file does not exist' })
  }
  return { data: { delete_list } }
}

function fileList(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new WireError('INVALID_PARAM', `[InvalidParameter] ${name} must be a non-empty array`)
  if (value.length > MAX_FILES_PER_CALL)
    throw new WireError('INVALID_PARAM', `[InvalidParameter] at most ${MAX_FILES_PER_CALL} files per request`)
  return value
}

/** Seconds; absent or out of range means the default and ceiling, one day. */
function maxAgeOf(value: unknown): number {
  const n = typeof value === 'number' ? Math.floor(value) : NaN
  return Number.isFinite(n) && n >= 1 && n <= MAX_URL_SECONDS ? n : MAX_URL_SECONDS
}
