/**
 * The `wish` cloud function (微心愿): its table of actions, one module each under actions/; and
 * the receiver of its timer trigger (config.json), which runs the clock's moves every hour.
 */
import type { ActionTable } from '../_kernel/action'
import { callerOpenid } from '../_kernel/cloud'
import { maintenanceActionsFor } from '../_kernel/maintenance'
import { createMain } from '../_kernel/router'
import { claim } from './actions/claim'
import { confirm } from './actions/confirm'
import { contact } from './actions/contact'
import { detail } from './actions/detail'
import { dispute } from './actions/dispute'
import { findResident } from './actions/findResident'
import { fulfil } from './actions/fulfil'
import { helperSummary } from './actions/helperSummary'
import { mine } from './actions/mine'
import { myClaims } from './actions/myClaims'
import { post } from './actions/post'
import { progress } from './actions/progress'
import { queue } from './actions/queue'
import { release } from './actions/release'
import { resolve } from './actions/resolve'
import { review } from './actions/review'
import { runTimers } from './actions/runTimers'
import { saveSettings } from './actions/saveSettings'
import { settings } from './actions/settings'
import { stats } from './actions/stats'
import { thank } from './actions/thank'
import { wall } from './actions/wall'
import { withdraw } from './actions/withdraw'
import { runClock } from './clock'
import { wishCounters } from './counters'

export const actions = {
  post,
  withdraw,
  contact,
  findResident,
  wall,
  detail,
  mine,
  myClaims,
  helperSummary,
  claim,
  release,
  progress,
  fulfil,
  confirm,
  dispute,
  thank,
  queue,
  review,
  resolve,
  stats,
  settings,
  saveSettings,
  runTimers,
  ...maintenanceActionsFor([wishCounters]),
} satisfies ActionTable<'wish'>

const router = createMain('wish', actions)

/** What WeChat cloud sends a function on its timer trigger. */
interface TimerEvent {
  Type?: string
  TriggerName?: string
  Time?: string
}

export async function main(event: TimerEvent & { action?: unknown }) {
  // A timer event carries no caller; a phone sending the same shape has an OPENID and goes to the
  // router, which refuses it (no such action). The clock is the function's own, never the event's.
  if (event?.Type === 'Timer' && !callerOpenid()) {
    const run = await runClock(new Date())
    console.log(JSON.stringify({ level: 'info', where: 'wish clock', trigger: event.TriggerName, ...run }))
    return run
  }
  return router(event)
}
