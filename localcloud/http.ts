/**
 * The local cloud's one port: the H5 app, `POST /api/<fn>` for the app, `POST /admin` for
 * wx-server-sdk's database and storage traffic, and cloud storage's files (`/storage/…`, the
 * stand-in for COS and its CDN) with the H5 app's upload endpoint (`POST /api/storage/upload`).
 */
import fs from 'fs'
import http from 'http'
import path from 'path'
import type { IncomingMessage, ServerResponse } from 'http'
import type { FunctionHost } from './host'
import { APP_UPLOAD_ROUTE, STORAGE_ROUTE } from './storage'
import type { LocalStorage } from './storage'

/** The platform's limit for one call's request body. */
export const MAX_CALL_BYTES = 100 * 1024

export interface HttpOptions {
  host: FunctionHost
  admin: (req: IncomingMessage, res: ServerResponse) => void
  storage: LocalStorage
  staticDir?: string
  /** Extra local-only routes (e.g. the dev identity list). */
  devRoutes?: Record<string, () => unknown>
}

export function createHttpServer(options: HttpOptions): http.Server {
  const server = http.createServer((req, res) => {
    route(options, req, res).catch((err) => {
      console.error(err)
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', '本地云服务出错了'))
    })
  })
  // wx-server-sdk retires an idle kept-alive socket after 4.8 s; the server's default 5 s left a
  // race on a busy machine (the server closing a socket the SDK had just reused: ECONNRESET).
  // The server waits longer, so the client always lets go first.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  return server
}

async function route(options: HttpOptions, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://local')
  if (url.pathname === '/admin') return options.admin(req, res)
  if (url.pathname.startsWith(STORAGE_ROUTE)) return options.storage.serve(req, res)
  // Before `/api/<fn>`: a function name never contains a slash, so this cannot shadow one.
  if (url.pathname === APP_UPLOAD_ROUTE) return options.storage.appUpload(req, res)
  if (url.pathname.startsWith('/api/dev/') && req.method === 'GET')
    return devRoute(options, url.pathname, res)
  if (url.pathname.startsWith('/api/')) return callFunction(options.host, url.pathname.slice(5), req, res)
  if (url.pathname === SCAN_LINK_ROUTE) return redirect(res, `/#${SCAN_PAGE}${url.search}`)
  if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(options.staticDir, url.pathname, res)
  sendJson(res, 405, failure('INVALID_INPUT', '不支持的请求'))
}

/**
 * A check-in QR's link opened in a browser (src/platform/scanLink.ts): on to the H5 scan page with
 * the same query. In WeChat the same link opens the mini-program's page (扫普通链接二维码打开小程序).
 */
export const SCAN_LINK_ROUTE = '/q'
const SCAN_PAGE = '/packages/station/scan/index'

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location, 'cache-control': 'no-store' })
  res.end()
}

function devRoute(options: HttpOptions, pathname: string, res: ServerResponse) {
  const handler = options.devRoutes?.[pathname.slice('/api/dev/'.length)]
  if (!handler) return sendJson(res, 404, failure('NOT_FOUND', '没有这个接口'))
  const body = handler()
  // A route with nothing to say yet (health while the demo is still being seeded): not ready.
  if (body === undefined) return sendJson(res, 503, failure('INTERNAL', '本地云还在启动，请稍候'))
  sendJson(res, 200, body)
}

async function callFunction(host: FunctionHost, name: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return sendJson(res, 405, failure('INVALID_INPUT', '请用 POST 调用云函数'))
  if (!host.has(name)) return sendJson(res, 404, failure('UNKNOWN_ACTION', `没有云函数 ${name}`))
  const body = await readBody(req, MAX_CALL_BYTES)
  if (body === null) return sendJson(res, 413, failure('INVALID_INPUT', '提交的内容太大了（上限100KB）'))
  let event: unknown
  try {
    event = JSON.parse(body || '{}')
  } catch {
    return sendJson(res, 400, failure('INVALID_INPUT', '请求格式不对'))
  }
  const header = req.headers['x-dev-openid']
  const openid = typeof header === 'string' && header.length > 0 ? header : null
  try {
    sendJson(res, 200, await host.invoke(name, event, { openid }))
  } catch (err) {
    const timedOut = (err as { errCode?: number }).errCode === -504003
    console.error(`[localcloud] ${name}:`, err)
    sendJson(
      res,
      timedOut ? 504 : 500,
      failure('INTERNAL', timedOut ? '服务处理超时，请稍后再试' : '服务暂时出了点问题'),
    )
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

function serveStatic(dir: string | undefined, pathname: string, res: ServerResponse) {
  if (!dir || !fs.existsSync(dir)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    return res.end('H5 还没有构建：请运行 npm start（或 npm run build:h5）')
  }
  const safe = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  let file = path.join(dir, safe)
  if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory())
    file = path.join(dir, 'index.html')
  const ext = path.extname(file)
  const immutable = /\.[0-9a-f]{8}\./.test(path.basename(file))
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  fs.createReadStream(file).pipe(res)
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

function failure(code: string, message: string) {
  return { ok: false, error: { code, message } }
}
