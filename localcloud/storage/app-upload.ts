/**
 * `POST /api/storage/upload?cloudPath=<path>`: the H5 app's stand-in for `Taro.cloud.uploadFile`
 * (the mini-program uploads straight to cloud storage). The body is the file's bytes; the caller
 * is the dev identity header, as for every `/api` call. Like the real upload it stores bytes and
 * answers the file id without judging them (type and size per kind are checked by the function
 * that attaches the file), but it accepts only a path in the caller's own folder for a kind the
 * app uploads, `stations/<stationId>/<kind>/<ownerKey(openid)>/<name>.<ext>` (or an anonymous folder
 * of the caller's, types/storage-paths.ts `isOwnedBy`), and refuses a body
 * larger than that kind allows.
 */
import type { IncomingMessage, ServerResponse } from 'http'
import { isOwnedBy, parseStoragePath } from '../../types/storage-paths'
import { FILE_KINDS, isMemberFileKind } from '../../types/files'
import type { StorageCore } from './core'
import { fileIdOf } from './file-ids'
import { readBody } from './http'

export const APP_UPLOAD_ROUTE = '/api/storage/upload'

export async function appUpload(core: StorageCore, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return fail(res, 405, 'INVALID_INPUT', '请用 POST 上传文件')
  const openid = req.headers['x-dev-openid']
  if (typeof openid !== 'string' || openid.length === 0)
    return fail(res, 401, 'UNAUTHENTICATED', '没有识别到您的身份，请先选择身份再上传')
  const cloudPath = new URL(req.url ?? '/', 'http://local').searchParams.get('cloudPath') ?? ''
  const parts = parseStoragePath(cloudPath)
  if (!parts || !isMemberFileKind(parts.kind) || !isOwnedBy(parts, openid))
    return fail(res, 403, 'FORBIDDEN', '上传位置不对，请重新选择图片上传')
  const rule = FILE_KINDS[parts.kind]
  const bytes = await readBody(req, rule.maxBytes)
  if (!bytes) return fail(res, 413, 'INVALID_INPUT', `图片太大了，不能超过${rule.maxBytes / 1024 / 1024}MB`)
  if (bytes.length === 0) return fail(res, 400, 'INVALID_INPUT', '图片是空的，请重新选择')
  const fileID = fileIdOf(core.envId, cloudPath)
  await core.store.write(fileID, bytes)
  send(res, 200, { ok: true, data: { fileID } })
}

function fail(res: ServerResponse, status: number, code: string, message: string) {
  send(res, status, { ok: false, error: { code, message } })
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}
