/**
 * The `platform` cloud function: deployment-admin actions, authorised by the admin token; and
 * the receiver of WeChat's message push (configured in the console to this function), which
 * brings the verdicts of asynchronous image checks.
 */
import type { ActionTable } from '../_kernel/action'
import { callerOpenid } from '../_kernel/cloud'
import { createMain } from '../_kernel/router'
import { onMediaVerdict } from '../_kernel/wechat/contentSecurity'
import type { MediaVerdict } from '../_kernel/wechat/contentSecurity'
import { createStation } from './actions/createStation'
import { initDatabase } from './actions/initDatabase'
import { listStations } from './actions/listStations'

export const actions = { createStation, listStations, initDatabase } satisfies ActionTable<'platform'>

const router = createMain('platform', actions)

interface PushEvent extends MediaVerdict {
  MsgType?: string
  Event?: string
}

export async function main(event: PushEvent & { action?: unknown }) {
  // A push from WeChat carries no action and no caller; a phone calling with the same shape has
  // an OPENID and goes to the router, which refuses it (no such action).
  if (event?.MsgType === 'event' && event.Event === 'wxa_media_check' && !callerOpenid()) {
    await onMediaVerdict(event)
    return 'success'
  }
  return router(event)
}
