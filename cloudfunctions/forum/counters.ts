/**
 * 邻里夜话's counters, each a function of one topic's current state, so every write that changes a
 * topic bumps `topicChanges(before, after)` in its own transaction and a recount is the sum over
 * the topics:
 * - `forum.figures` by responsible side and month: collected (month raised), accepted, declined,
 *   resolved (month of each), overdue (month it first went overdue), ratings (month last rated). A
 *   topic not yet assigned counts under side null; when it is assigned, its figures move to the side.
 * - `forum.queue` by status and side: how many topics stand where now, how many of them overdue or
 *   before the 站长 — the badges on the staff's and the sides' queues.
 */
import type { TopicDoc } from '../../types/forum/entities'
import { ASSIGNED_OPEN, UNRESOLVED } from '../../types/forum/flow'
import { sumChanges } from '../_kernel/counters'
import type { CounterChange, CounterDef, CounterRow } from '../_kernel/counters'
import type { ScopedDb } from '../_kernel/repo'
import { chinaDate } from '../_kernel/time'

export const FIGURES = 'forum.figures'
export const QUEUE = 'forum.queue'

export type Counted = Pick<
  TopicDoc,
  | 'status'
  | 'side'
  | 'createdAt'
  | 'acceptedAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'overdueAt'
  | 'wentOverdueAt'
  | 'escalatedAt'
  | 'ratingSum'
  | 'ratingCount'
  | 'lastRatedAt'
>

export const monthOf = (d: Date | string) => chinaDate(new Date(d)).slice(0, 7)

/** The month figures a topic contributes, each in the month it happened. */
function figureChanges(t: Counted, sign: 1 | -1): CounterChange[] {
  const at = (when: Date | string, values: Record<string, number>): CounterChange => ({
    name: FIGURES,
    dims: { side: t.side, month: monthOf(when) },
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v * sign])),
  })
  const resolved = t.resolvedAt && (t.status === 'resolved' || t.status === 'rated') ? t.resolvedAt : null
  const declined = t.status === 'declined' ? t.closedAt : null
  const rated = t.ratingCount ? t.lastRatedAt : null
  return [
    at(t.createdAt, { collected: 1 }),
    ...(t.acceptedAt ? [at(t.acceptedAt, { accepted: 1 })] : []),
    ...(declined ? [at(declined, { declined: 1 })] : []),
    ...(resolved ? [at(resolved, { resolved: 1 })] : []),
    ...(t.wentOverdueAt ? [at(t.wentOverdueAt, { overdue: 1 })] : []),
    ...(rated ? [at(rated, { ratingSum: t.ratingSum, ratingCount: t.ratingCount })] : []),
  ]
}

/** Where the topic stands now, for the queues' badges. */
function queueChange(t: Counted, sign: 1 | -1): CounterChange {
  const overdue = !!t.overdueAt && ASSIGNED_OPEN.includes(t.status)
  const escalated = !!t.escalatedAt && UNRESOLVED.includes(t.status)
  return {
    name: QUEUE,
    dims: { status: t.status, side: t.side },
    values: { n: sign, overdue: overdue ? sign : 0, escalated: escalated ? sign : 0 },
  }
}

function contribution(t: Counted, sign: 1 | -1): CounterChange[] {
  return [...figureChanges(t, sign), queueChange(t, sign)]
}

/** What changes when a topic goes from `before` to `after` (either may be absent). */
export function topicChanges(before: Counted | null, after: Counted | null): CounterChange[] {
  return [...(before ? contribution(before, -1) : []), ...(after ? contribution(after, 1) : [])]
}

export const forumFigures: CounterDef = {
  names: [FIGURES, QUEUE],
  async recount(db: ScopedDb): Promise<CounterRow[]> {
    const topics = await db.topics.findAll({}, [['_id', 'asc']], 200000)
    return sumChanges(topics.flatMap((t) => contribution(t, 1)))
  },
}

export const forumCounters: readonly CounterDef[] = [forumFigures]
