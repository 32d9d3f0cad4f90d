/**
 * Overdue topics: when a topic's due day has passed while it is still with its side, it is flagged
 * once (timeline entry "已逾期", the overdue figure, the staff's overdue queue). A timer trigger
 * sweeps every station hourly (config.json); the staff's queues and the figures also sweep their
 * own station first, so nothing waits for the timer — locally there is none.
 */
import type { StationDoc } from '../../types/entities'
import { ASSIGNED_OPEN } from '../../types/forum/flow'
import { AppError } from '../_kernel/errors'
import { command, inList } from '../_kernel/query'
import { globalCollection, scopedDb } from '../_kernel/repo'
import { runScopedTransaction } from '../_kernel/tx'
import { moveTopic } from './moves'
import type { TopicCtx } from './moves'

const SYSTEM = { author: false, supporter: false, staff: false, side: null, system: true }
const NOBODY = { memberId: null, staff: true, side: null, head: false }

/** Flags up to `limit` newly overdue topics of the station; answers how many. */
export async function sweepOverdue(ctx: TopicCtx, limit = 20): Promise<number> {
  const due = await ctx.db.topics.find(
    { status: inList([...ASSIGNED_OPEN]), overdueAt: null, dueAt: command().lt(ctx.now) },
    { limit, fields: { _id: true } },
  )
  let flagged = 0
  for (const { _id } of due) {
    try {
      await moveTopic(ctx, {
        topicId: _id,
        viewer: NOBODY,
        who: SYSTEM,
        byName: '',
        move: { event: 'flagOverdue' },
      })
      flagged++
    } catch (err) {
      // Answered or flagged meanwhile by someone else: nothing to do.
      if (!(err instanceof AppError)) throw err
    }
  }
  return flagged
}

/** The timer trigger: every station, a bounded number each. */
export async function sweepAllStations(now = new Date()): Promise<number> {
  const stations = await globalCollection('stations').findAll({}, [['_id', 'asc']], 5000)
  let flagged = 0
  for (const station of stations) flagged += await sweepOverdue(stationCtx(station, now), 200)
  return flagged
}

function stationCtx(station: StationDoc, now: Date): TopicCtx {
  return {
    station,
    now,
    db: scopedDb(station._id),
    transaction: (fn) => runScopedTransaction(station._id, fn),
  }
}
