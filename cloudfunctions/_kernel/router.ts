/**
 * The one entry of every cloud function: identity, action lookup, context, validation,
 * the handler, and one response envelope. Stack traces go to the log, never to the client.
 */
import type { Envelope } from '../../types/errors'
import type { AnyActionDef, BaseCtx } from './action'
import { callerOpenid } from './cloud'
import { buildStationCtx } from './context'
import { AppError, forbidden } from './errors'
import { newId } from './ids'
import { validate } from './validate'

interface RawEvent {
  action?: unknown
  input?: unknown
  stationId?: unknown
  onBehalfOf?: unknown
}

export function createMain(fnName: string, actions: Record<string, AnyActionDef>) {
  return async function main(event: RawEvent): Promise<Envelope<unknown>> {
    const requestId = newId()
    const action = typeof event?.action === 'string' ? event.action : ''
    try {
      const def = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
      if (!def)
        throw new AppError(
          'UNKNOWN_ACTION',
          `暂不支持这个操作（${fnName}.${action || '空'}），请更新小程序后重试`,
        )
      const openid = callerOpenid()
      if (!openid && !(def.scope === 'global' && def.identity === 'none'))
        throw new AppError('UNAUTHENTICATED')
      const data = await dispatch(def, event, { openid: openid ?? '', requestId, now: new Date() })
      return { ok: true, data }
    } catch (err) {
      return failure(err, fnName, action, requestId)
    }
  }
}

async function dispatch(def: AnyActionDef, event: RawEvent, base: BaseCtx): Promise<unknown> {
  if (def.scope === 'global') {
    // Not station-scoped, so there is no one to act for; refusing says so instead of silently answering for the caller.
    if (event.onBehalfOf !== undefined && event.onBehalfOf !== null) throw forbidden('这个操作不能代办')
    const input = validate(def.input, event.input)
    return def.run(base, input as never)
  }
  const ctx = await buildStationCtx(def, {
    ...base,
    stationId: event.stationId,
    onBehalfOf: event.onBehalfOf,
  })
  const input = validate(def.input, event.input)
  const data = await def.run(ctx, input as never)
  if (ctx.proxy) {
    await ctx.audit({
      action: 'proxy.call',
      targetType: 'member',
      targetId: ctx.proxy.principalId,
      summary: `代办：${def.label ?? event.action}`,
    })
  }
  return data
}

function failure(err: unknown, fnName: string, action: string, requestId: string): Envelope<never> {
  if (err instanceof AppError) return { ok: false, error: err.toBody() }
  console.error(
    JSON.stringify({
      level: 'error',
      fn: fnName,
      action,
      requestId,
      error: err instanceof Error ? err.stack : String(err),
    }),
  )
  return {
    ok: false,
    error: new AppError(
      'INTERNAL',
      `服务暂时出了点问题，请稍后再试（编号 ${requestId.slice(0, 8)}）`,
    ).toBody(),
  }
}
