/**
 * The `forum` cloud function (邻里夜话): its table of actions, one module each under actions/, and
 * the hourly timer (config.json) that flags overdue topics at every station.
 */
import type { ActionTable } from '../_kernel/action'
import { callerOpenid } from '../_kernel/cloud'
import { maintenanceActionsFor } from '../_kernel/maintenance'
import { createMain } from '../_kernel/router'
import { acceptTopic } from './actions/acceptTopic'
import { answerTopic } from './actions/answerTopic'
import { assignTopic } from './actions/assignTopic'
import { checkInKey } from './actions/checkInKey'
import { checkInSession } from './actions/checkInSession'
import { closeTopic } from './actions/closeTopic'
import { commitmentBoard } from './actions/commitmentBoard'
import { completeCommitment } from './actions/completeCommitment'
import { confirmResolved } from './actions/confirmResolved'
import { declineTopic } from './actions/declineTopic'
import { exportTopics } from './actions/exportTopics'
import { figures } from './actions/figures'
import { handBackTopic } from './actions/handBackTopic'
import { handlingQueue } from './actions/handlingQueue'
import { hideContent } from './actions/hideContent'
import { listSessions } from './actions/listSessions'
import { listTopics } from './actions/listTopics'
import { myTopics } from './actions/myTopics'
import { postProgress } from './actions/postProgress'
import { queueCounts } from './actions/queueCounts'
import { raiseTopic } from './actions/raiseTopic'
import { rateTopic } from './actions/rateTopic'
import { recordMinutes } from './actions/recordMinutes'
import { reopenTopic } from './actions/reopenTopic'
import { replies } from './actions/replies'
import { replyTopic } from './actions/replyTopic'
import { reportContent } from './actions/reportContent'
import { reportQueue } from './actions/reportQueue'
import { restoreContent } from './actions/restoreContent'
import { scheduleSession } from './actions/scheduleSession'
import { searchTopics } from './actions/searchTopics'
import { session } from './actions/session'
import { setAgenda } from './actions/setAgenda'
import { signUpSession } from './actions/signUpSession'
import { supportTopic } from './actions/supportTopic'
import { topic } from './actions/topic'
import { withdrawSupport } from './actions/withdrawSupport'
import { forumCounters } from './counters'
import { sweepAllStations } from './overdue'

export const actions = {
  raiseTopic,
  listTopics,
  searchTopics,
  topic,
  myTopics,
  replies,
  replyTopic,
  supportTopic,
  withdrawSupport,
  reportContent,
  handlingQueue,
  queueCounts,
  acceptTopic,
  declineTopic,
  assignTopic,
  handBackTopic,
  postProgress,
  answerTopic,
  closeTopic,
  confirmResolved,
  rateTopic,
  reopenTopic,
  reportQueue,
  hideContent,
  restoreContent,
  listSessions,
  session,
  scheduleSession,
  setAgenda,
  signUpSession,
  checkInKey,
  checkInSession,
  recordMinutes,
  commitmentBoard,
  completeCommitment,
  figures,
  exportTopics,
  ...maintenanceActionsFor(forumCounters),
} satisfies ActionTable<'forum'>

const router = createMain('forum', actions)

interface TimerEvent {
  Type?: string
  TriggerName?: string
}

export async function main(event: TimerEvent & { action?: unknown }) {
  // The timer trigger carries no caller; a phone sending the same shape has an OPENID and goes to
  // the router, which refuses it (no such action).
  if (event?.Type === 'Timer' && event.TriggerName === 'overdueSweep' && !callerOpenid())
    return { flagged: await sweepAllStations() }
  return router(event)
}
