/**
 * The storage's HTTP face, standing in for COS and its CDN on the local cloud's port:
 * - `PUT /storage/<env>.<bucket>/<cloudPath>`: the SDK's upload after `getUploadMetadata`, honoured
 *   only with the ticket that call issued (headers `authorization`, `x-cos-security-token`,
 *   `x-cos-meta-fileid`). Answered once the file is durable: an empty 200, or COS's XML error.
 * - `GET|HEAD /storage/<env>.<bucket>/<cloudPath>?t=<expires>&sign=<sig>`: a temporary URL from
 *   `batchGetDownloadUrl`; refused once expired or altered. Single byte ranges are served.
 * Files are people's uploads on the app's own origin, so only image extensions are served as
 * images; anything else is an attachment, never rendered, and nothing is sniffed.
 */
import type { IncomingMessage, ServerResponse } from 'http'
import type { StorageCore } from './core'
import { isCurrentBucket, MAX_OBJECT_BYTES, STORAGE_ROUTE } from './core'
import { parseFileId } from './file-ids'
import type { FileAddress } from './file-ids'
import { cosFileIdOf } from './wire'

export async function serveStorage(core: StorageCore, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://local')
  const target = addressOf(core, url.pathname)
  if (!target) return cosError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist')
  if (req.method === 'PUT') return putObject(core, target, req, res)
  if (req.method === 'GET' || req.method === 'HEAD') return getObject(core, target, url, req, res)
  cosError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed')
}

interface Target {
  fileID: string
  address: FileAddress
}

function addressOf(core: StorageCore, pathname: string): Target | null {
  let decoded: string
  try {
    decoded = pathname
      .slice(STORAGE_ROUTE.length)
      .split('/')
      .map((part) => decodeURIComponent(part))
      .join('/')
  } catch {
    return null
  }
  const fileID = `cloud://${decoded}`
  const address = parseFileId(fileID)
  return address && isCurrentBucket(core, address) ? { fileID, address } : null
}

async function putObject(core: StorageCore, { fileID }: Target, req: IncomingMessage, res: ServerResponse) {
  const token = header(req, 'x-cos-security-token')
  const expires = Number(token)
  if (
    !core.signer.verify(['put', fileID, token], header(req, 'authorization')) ||
    header(req, 'x-cos-meta-fileid') !== cosFileIdOf(core, fileID)
  )
    return cosError(res, 403, 'SignatureDoesNotMatch', 'The upload ticket does not match this file')
  if (!(expires >= core.nowSec()))
    return cosError(res, 403, 'RequestTimeTooSkewed', 'The upload ticket has expired')
  const body = await readBody(req, MAX_OBJECT_BYTES)
  if (!body)
    return cosError(
      res,
      400,
      'EntityTooLarge',
      'Your proposed upload exceeds the maximum allowed object size',
    )
  await core.store.write(fileID, body)
  res.writeHead(200, { 'content-length': 0, etag: `"${body.length.toString(16)}"` })
  res.end()
}

async function getObject(
  core: StorageCore,
  { fileID, address }: Target,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const t = url.searchParams.get('t') ?? ''
  if (!core.signer.verify(['get', fileID, t], url.searchParams.get('sign')))
    return cosError(res, 403, 'AccessDenied', 'Access Denied')
  const remaining = Number(t) - core.nowSec()
  if (!(remaining >= 0)) return cosError(res, 403, 'AccessDenied', 'Request has expired')
  const bytes = await core.store.read(fileID)
  if (!bytes) return cosError(res, 404, 'NoSuchKey', 'The specified key does not exist')
  const headers: Record<string, string | number> = {
    ...contentHeaders(address.cloudPath),
    'accept-ranges': 'bytes',
    'cache-control': `private, max-age=${remaining}`,
  }
  const range = rangeOf(req.headers.range, bytes.length)
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'content-range': `bytes */${bytes.length}` })
    return res.end()
  }
  const body = range ? bytes.subarray(range.start, range.end + 1) : bytes
  if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${bytes.length}`
  headers['content-length'] = body.length
  res.writeHead(range ? 206 : 200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
}

function contentHeaders(cloudPath: string): Record<string, string> {
  const ext = /\.([A-Za-z0-9]+)$/.exec(cloudPath)?.[1]?.toLowerCase() ?? ''
  const image = IMAGE_TYPES[ext]
  return {
    'content-type': image ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    ...(image ? {} : { 'content-disposition': 'attachment' }),
  }
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; anything else is served whole, as COS does. */
function rangeOf(
  value: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(value ?? '')
  if (!match || (match[1] === '' && match[2] === '')) return null
  let start: number
  let end: number
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  }
  if (start >= size || start > end) return 'unsatisfiable'
  return { start, end }
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name]
  return typeof value === 'string' ? value : ''
}

/** The body, or null once it passes `limit` (the rest is drained, not kept). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** COS answers errors as XML; the SDK reads Code, Message, RequestId and TraceId from it. */
function cosError(res: ServerResponse, status: number, code: string, message: string) {
  const requestId = Math.random().toString(16).slice(2)
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${code}</Code>\n<Message>${message}</Message>\n` +
    `<Resource>storage</Resource>\n<RequestId>${requestId}</RequestId>\n<TraceId>${requestId}</TraceId>\n</Error>`
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) })
  res.end(xml)
}
