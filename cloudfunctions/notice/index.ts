/** The `notice` cloud function: its table of actions, one module each under actions/. */
import type { ActionTable } from '../_kernel/action'
import { maintenanceActionsFor } from '../_kernel/maintenance'
import { createMain } from '../_kernel/router'
import { bindGroup } from './actions/bindGroup'
import { deliver } from './actions/deliver'
import { groups } from './actions/groups'
import { households } from './actions/households'
import { list } from './actions/list'
import { managed } from './actions/managed'
import { open } from './actions/open'
import { post } from './actions/post'
import { readStats } from './actions/readStats'
import { remind } from './actions/remind'
import { subscriptions } from './actions/subscriptions'
import { unbindGroup } from './actions/unbindGroup'
import { withdraw } from './actions/withdraw'
import { noticeCounters } from './counters'

export const actions = {
  post,
  withdraw,
  deliver,
  list,
  open,
  subscriptions,
  managed,
  readStats,
  households,
  remind,
  bindGroup,
  unbindGroup,
  groups,
  ...maintenanceActionsFor([noticeCounters]),
} satisfies ActionTable<'notice'>

export const main = createMain('notice', actions)
