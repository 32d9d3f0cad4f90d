/**
 * The HTTP face of the database: wx-server-sdk POSTs JSON bodies to the URL named in
 * `TCB_CONTEXT_CNFG` (`/admin?env=…&seqId=…`) and expects HTTP 200 with a JSON reply, errors
 * included (any other status becomes a generic SDK error that hides the cause).
 */
import type { IncomingMessage, ServerResponse } from 'http'
import type { Doc } from './ejson'
import { isPlainObject } from './ejson'
import { isDatabaseAction } from './wire'

/** Well above anything the SDK sends (a function call's own body is capped at 100 KB). */
const MAX_BODY_BYTES = 16 * 1024 * 1024

export interface AdminTarget {
  handle(params: Record<string, unknown>): Promise<Record<string, unknown>>
}

export interface AdminHandlerOptions {
  /** Serves non-database actions on the same endpoint (e.g. `functions.invokeFunction`). */
  fallback?: (params: Record<string, unknown>) => Promise<Record<string, unknown>>
}

export function createAdminHandler(db: AdminTarget, options: AdminHandlerOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'POST') return send(res, 405, { code: 'INVALID_PARAM', message: 'POST only' })
    respond(db, options, req)
      .then((body) => send(res, 200, body))
      .catch((err: Error) => send(res, 200, { code: 'SYS_ERR', message: err.message }))
  }
}

async function respond(db: AdminTarget, options: AdminHandlerOptions, req: IncomingMessage): Promise<Doc> {
  const params = await readJson(req)
  if (!params) return { code: 'INVALID_PARAM', message: '[InvalidParameter] body is not a JSON object' }
  if (options.fallback && !isDatabaseAction(params.action)) return options.fallback(params)
  return db.handle(params)
}

function readJson(req: IncomingMessage): Promise<Doc | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) req.destroy(new Error('request body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        resolve(isPlainObject(parsed) ? parsed : null)
      } catch {
        resolve(null)
      }
    })
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}
