/**
 * The one typed client (only the data layer, src/data, and the session store call it; lint
 * keeps pages and components off it). `call('station', 'get', {})` goes to the cloud function in weapp
 * (Taro.cloud.callFunction) and to the local cloud in H5 (POST /api/<fn>). Every failure —
 * an error answer, no network, a timeout — arrives as a CallError the UI can show.
 */
import Taro from '@tarojs/taro'
import type { ActionName, CallRequest, FnName, InputOf, OutputOf } from '@contract/api'
import type { ClientErrorCode, Envelope, ErrorCode } from '@contract/errors'
import { devOpenid } from '@/platform/devIdentity'

const CALL_TIMEOUT_MS = 15000

export class CallError extends Error {
  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

const FALLBACK: Record<ClientErrorCode | 'INTERNAL', string> = {
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
  INTERNAL: '服务暂时出了点问题，请稍后再试',
}

interface CallContext {
  stationId?: string
  /**
   * Whom a stand-in acts for (代办). Passed per call, never set globally: only actions that
   * act for someone carry it (the server refuses it elsewhere), and public reads stay the caller's.
   */
  onBehalfOf?: string
}

let context: Pick<CallContext, 'stationId'> = {}

/** The session store tells the client which station calls are made in. */
export function setCallContext(next: Pick<CallContext, 'stationId'>) {
  context = { stationId: next.stationId }
}

export async function call<F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  options: CallContext = {},
): Promise<OutputOf<F, A>> {
  const request: CallRequest = { action, input, ...context, ...options }
  const envelope = (await transport(fn, request)) as Envelope<OutputOf<F, A>>
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope))
    throw new CallError('INTERNAL', FALLBACK.INTERNAL)
  if (!envelope.ok) throw new CallError(envelope.error.code, envelope.error.message, envelope.error.field)
  return envelope.data
}

function transport(fn: string, request: CallRequest): Promise<unknown> {
  if (process.env.TARO_ENV === 'h5') return httpTransport(fn, request)
  return cloudTransport(fn, request)
}

async function cloudTransport(fn: string, request: CallRequest): Promise<unknown> {
  ensureCloud()
  try {
    const res = await Taro.cloud.callFunction({
      name: fn,
      data: request as unknown as Record<string, unknown>,
    })
    return res.result
  } catch (err) {
    const text = String((err as { errMsg?: string }).errMsg ?? err)
    if (/timeout|-504003|超时/i.test(text)) throw new CallError('TIMEOUT', FALLBACK.TIMEOUT)
    throw new CallError('NETWORK_ERROR', FALLBACK.NETWORK_ERROR)
  }
}

let cloudReady = false
function ensureCloud() {
  if (cloudReady) return
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
  cloudReady = true
}

async function httpTransport(fn: string, request: CallRequest): Promise<unknown> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), CALL_TIMEOUT_MS)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const openid = devOpenid()
  if (openid) headers['X-Dev-OpenId'] = openid
  let res: Response
  try {
    res = await fetch(`/api/${fn}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      signal: controller.signal,
    })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw new CallError('TIMEOUT', FALLBACK.TIMEOUT)
    throw new CallError('NETWORK_ERROR', FALLBACK.NETWORK_ERROR)
  } finally {
    clearTimeout(timer)
  }
  if (res.status === 504) throw new CallError('TIMEOUT', FALLBACK.TIMEOUT)
  try {
    return await res.json()
  } catch {
    throw new CallError('INTERNAL', FALLBACK.INTERNAL)
  }
}
