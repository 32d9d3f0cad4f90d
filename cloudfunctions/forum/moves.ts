/**
 * Every change of a topic's status goes through here: in one transaction, read the topic, ask the
 * transition table (types/forum/flow.ts) whether this person may make this move now, write the new
 * status, holder and timeline entries, and bump the figures. A refusal throws before anything is
 * written; a conflict with a concurrent move runs the whole decision again on the fresh topic.
 * Afterwards the author hears of the new status (and the 站长 of an escalation).
 */
import type { Side } from '../../types/entities'
import type { TimelineEntry, TimelineStep, TopicDoc } from '../../types/forum/entities'
import { decide } from '../../types/forum/flow'
import type { Allowed, Capacity, Move, StepOut, TopicEvent } from '../../types/forum/flow'
import { FORUM_LIMITS } from '../../types/forum/limits'
import type { StationCtx } from '../_kernel/action'
import { bump } from '../_kernel/counters'
import { AppError, conflict, notFound } from '../_kernel/errors'
import { command } from '../_kernel/query'
import { chinaDayEnd } from '../_kernel/time'
import type { ScopedTransaction } from '../_kernel/tx'
import { maySee } from './access'
import type { Viewer } from './access'
import { topicChanges } from './counters'
import { tellAfterMove } from './notices'
import { flowOf } from './views'

export type TopicCtx = Pick<StationCtx, 'db' | 'now' | 'station' | 'transaction'>

export interface MoveSpec {
  topicId: string
  /** Whose eyes: a hidden topic is not found for anyone but staff and its author. */
  viewer: Viewer
  /** What the person is for this topic (read inside the transaction when it needs a record). */
  who: Capacity | ((tx: ScopedTransaction, topic: TopicDoc) => Promise<Capacity>)
  /** Staff's or a representative's name for the timeline ('' otherwise). */
  byName: string
  move: Omit<Move, 'now'>
  /** Writes that belong to the same move (a rating record), answering more topic fields. */
  also?: (tx: ScopedTransaction, topic: TopicDoc, verdict: Allowed) => Promise<Partial<TopicDoc>>
}

export interface Moved {
  before: TopicDoc
  after: TopicDoc
  verdict: Allowed
}

export async function moveTopic(ctx: TopicCtx, spec: MoveSpec): Promise<Moved> {
  const moved = await ctx.transaction(async (tx) => {
    const topic = await tx.get('topics', spec.topicId)
    if (!topic || !maySee(spec.viewer, topic)) throw notFound('没有找到这个议题，可能已被删除或隐藏')
    const who = typeof spec.who === 'function' ? await spec.who(tx, topic) : spec.who
    const verdict = decide(flowOf(topic), who, { ...spec.move, now: ctx.now.getTime() })
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message, verdict.field)
    if (topic.timeline.length + verdict.steps.length > FORUM_LIMITS.timelineMax)
      throw conflict('这个议题的记录已经很多了，请正式答复或联系驿站处理')
    const extra = spec.also ? await spec.also(tx, topic, verdict) : {}
    const patch = { ...patchFor(topic, verdict, spec, ctx.now), ...extra }
    await tx.updateRead('topics', topic._id, replacing(patch))
    const after = { ...topic, ...patch }
    await bump(tx, topicChanges(topic, after))
    return { before: topic, after, verdict }
  })
  await tellAfterMove(ctx, moved)
  return moved
}

/**
 * The database merges an object in an update field by field (`officialReply.text`), which fails on
 * a field that is null: an object value replaces the field whole instead (`_.set`).
 */
function replacing(patch: Partial<TopicDoc>): Record<string, unknown> {
  const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
  return Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, isObject(v) ? command().set(v) : v]))
}

/** The step of a move that carries the person's own words (reason, note, reply, comment). */
const SPOKEN: Record<TopicEvent, TimelineStep> = {
  accept: 'accepted',
  decline: 'declined',
  assign: 'assigned',
  handBack: 'handedBack',
  progress: 'progress',
  reply: 'replied',
  confirm: 'resolved',
  rate: 'rated',
  reopen: 'reopened',
  close: 'closed',
  flagOverdue: 'overdue',
}

function noteFor(step: StepOut, move: MoveSpec['move']): string {
  if (step.step === SPOKEN[move.event]) return (move.text ?? '').trim()
  if (step.step === 'reopened') return `提出人评价${move.score}星，重新办理`
  if (step.step === 'escalated') return '提出人不满意，转站长督办'
  return ''
}

/** `acting` is the side that made a side's move; `assigned` the side a topic was assigned to. */
function entryOf(
  step: StepOut,
  spec: MoveSpec,
  sides: { acting: Side | null; assigned: Side | null },
  now: Date,
): TimelineEntry {
  const named = step.by === 'staff' || step.by === 'side'
  return {
    step: step.step,
    at: now,
    by: step.by,
    byName: named ? spec.byName : '',
    side: step.step === 'assigned' ? sides.assigned : step.by === 'side' ? sides.acting : null,
    holder: step.holder,
    note: noteFor(step, spec.move),
    reasonCode: step.step === 'handedBack' ? (spec.move.reasonCode ?? null) : null,
    dueDate: step.step === 'assigned' ? (spec.move.dueDate ?? null) : null,
    score: step.step === 'rated' ? (spec.move.score ?? null) : null,
  }
}

function patchFor(topic: TopicDoc, verdict: Allowed, spec: MoveSpec, now: Date): Partial<TopicDoc> {
  const patch: Partial<TopicDoc> = {
    status: verdict.status,
    holder: verdict.holder,
    side: verdict.side,
    timeline: [
      ...topic.timeline,
      ...verdict.steps.map((s) => entryOf(s, spec, { acting: topic.side, assigned: verdict.side }, now)),
    ],
    updatedAt: now,
    ...EVENT_FIELDS[spec.move.event]?.(topic, spec, now),
  }
  if (verdict.holder !== topic.holder) patch.heldSince = now
  if (verdict.resolvedAt === 'set') patch.resolvedAt = now
  if (verdict.resolvedAt === 'clear') patch.resolvedAt = null
  if (verdict.escalate) patch.escalatedAt = now
  return patch
}

type Fields = (topic: TopicDoc, spec: MoveSpec, now: Date) => Partial<TopicDoc>

/** What else each move records on the topic. Every move but the overdue flag is activity. */
const EVENT_FIELDS: Record<TopicEvent, Fields> = {
  accept: (t, _s, now) => ({ lastActivityAt: now, acceptedAt: t.acceptedAt ?? now }),
  decline: (_t, _s, now) => ({ lastActivityAt: now, closedAt: now }),
  close: (_t, _s, now) => ({ lastActivityAt: now, closedAt: now }),
  // A new date starts a new deadline: the current overdue flag goes, the history stays.
  assign: (_t, s, now) => ({
    lastActivityAt: now,
    dueDate: s.move.dueDate!,
    dueAt: chinaDayEnd(s.move.dueDate!),
    overdueAt: null,
  }),
  reply: (t, s, now) => ({
    lastActivityAt: now,
    officialReply: { text: s.move.text!.trim(), side: t.side!, byName: s.byName, at: now },
  }),
  flagOverdue: (t, _s, now) => ({ overdueAt: now, wentOverdueAt: t.wentOverdueAt ?? now }),
  handBack: (_t, _s, now) => ({ lastActivityAt: now }),
  progress: (_t, _s, now) => ({ lastActivityAt: now }),
  confirm: (_t, _s, now) => ({ lastActivityAt: now }),
  rate: (_t, _s, now) => ({ lastActivityAt: now }),
  reopen: (_t, _s, now) => ({ lastActivityAt: now }),
}
