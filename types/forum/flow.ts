/**
 * The life of a topic as one table: which move (event) is allowed from which status, by whom, and
 * where it leads. Every action that changes a topic asks `decide` and writes exactly what it
 * answers; the app asks `allowedMoves` to know which buttons to show. Pure data and functions (no
 * zod, no database), so both ends import it as a value and the unit test walks every combination.
 *
 *   submitted → accepted → assigned → inProgress → replied → resolved → rated
 *            ↘ declined      ↑  handBack ↙                 ↘ (rating ≤ 2: reopened, escalated)
 *   closed from any open status (staff; the author only while submitted)
 */
import type { Side } from '../entities'
import { SIDE_LABELS } from '../labels'
import type { ActedAs, HandBackReason, Holder, TimelineStep, TopicStatus } from './entities'
import { TOPIC_STATUS_LABELS } from './labels'

export const TOPIC_EVENTS = [
  'accept',
  'decline',
  'assign',
  'handBack',
  'progress',
  'reply',
  'confirm',
  'rate',
  'reopen',
  'close',
  'flagOverdue',
] as const
export type TopicEvent = (typeof TOPIC_EVENTS)[number]

/**
 * Who may make a move: `holdingSide` is a representative of the side the topic is assigned to;
 * `supporter` a member who supported it (not the author); `system` the overdue sweep.
 */
export type Mover = 'author' | 'supporter' | 'staff' | 'holdingSide' | 'system'

/** The author may reopen (or rate again) this long after the resolution. */
export const REOPEN_DAYS = 30
/** A rating at or below this reopens the topic and puts it before the 站长. */
export const ESCALATE_AT = 2

const OPEN: readonly TopicStatus[] = [
  'submitted',
  'accepted',
  'assigned',
  'inProgress',
  'replied',
  'resolved',
]
const WITH_SIDE: readonly TopicStatus[] = ['assigned', 'inProgress']

/** The transition table: from which statuses, by whom. Where it leads is `outcome` below. */
export const TRANSITIONS: Record<TopicEvent, { from: readonly TopicStatus[]; by: readonly Mover[] }> = {
  accept: { from: ['submitted'], by: ['staff'] },
  decline: { from: ['submitted'], by: ['staff'] },
  // Assigning again (another side, a new due date) is how staff and the 站长 redirect a topic.
  assign: { from: ['accepted', ...WITH_SIDE], by: ['staff'] },
  handBack: { from: WITH_SIDE, by: ['holdingSide'] },
  progress: { from: WITH_SIDE, by: ['holdingSide'] },
  reply: { from: WITH_SIDE, by: ['holdingSide'] },
  confirm: { from: ['replied'], by: ['author'] },
  rate: { from: ['replied', 'resolved', 'rated'], by: ['author', 'supporter'] },
  reopen: { from: ['resolved', 'rated'], by: ['author'] },
  close: { from: OPEN, by: ['staff', 'author'] },
  flagOverdue: { from: WITH_SIDE, by: ['system'] },
}

/** What the person is, for this topic. */
export interface Capacity {
  author: boolean
  supporter: boolean
  staff: boolean
  /** The side they represent (三方代表), or null. */
  side: Side | null
  system?: boolean
}

/** The part of a topic the rules read. Times in milliseconds. */
export interface FlowTopic {
  status: TopicStatus
  holder: Holder
  side: Side | null
  resolvedAt: number | null
  dueAt: number | null
  overdueAt: number | null
}

export interface Move {
  event: TopicEvent
  now: number
  side?: Side | null
  /** `YYYY-MM-DD`, a real day (the contract checks the shape). */
  dueDate?: string | null
  /** Reason, note, reply text or comment, whichever the move carries. */
  text?: string
  reasonCode?: HandBackReason | null
  score?: number | null
}

export interface StepOut {
  step: TimelineStep
  by: ActedAs
  holder: Holder
}

export interface Allowed {
  ok: true
  status: TopicStatus
  holder: Holder
  side: Side | null
  /** Timeline entries the move adds, in order. */
  steps: StepOut[]
  resolvedAt: 'set' | 'clear' | 'keep'
  escalate: boolean
  /** Who made it (the capacity the rules accepted). */
  as: Mover
}

export type RefusalCode = 'FORBIDDEN' | 'CONFLICT' | 'INVALID_INPUT' | 'EXPIRED'
export interface Refused {
  ok: false
  code: RefusalCode
  message: string
  field?: string
}
export type Verdict = Allowed | Refused

const refuse = (code: RefusalCode, message: string, field?: string): Refused => ({
  ok: false,
  code,
  message,
  ...(field ? { field } : {}),
})

/** Which capacities this person brings to this topic, in the order the rules prefer them. */
export function moversOf(who: Capacity, topic: Pick<FlowTopic, 'side'>): Mover[] {
  const out: Mover[] = []
  if (who.system) out.push('system')
  if (who.staff) out.push('staff')
  if (who.side && topic.side && who.side === topic.side) out.push('holdingSide')
  if (who.author) out.push('author')
  else if (who.supporter) out.push('supporter')
  return out
}

/** The one rule: may this person make this move on this topic now, and what follows. */
export function decide(topic: FlowTopic, who: Capacity, move: Move): Verdict {
  const rule = TRANSITIONS[move.event]
  const as = moversOf(who, topic).find((m) => rule.by.includes(m) && mayFrom(move.event, m, topic.status))
  if (!as) return refusal(topic, who, move)
  const bad = inputProblem(topic, move, as)
  if (bad) return bad
  return { ok: true, as, ...outcome(topic, move, as) }
}

/** The author may close (withdraw) only what nobody has taken up yet. */
function mayFrom(event: TopicEvent, mover: Mover, status: TopicStatus): boolean {
  if (!TRANSITIONS[event].from.includes(status)) return false
  if (event === 'close' && mover === 'author') return status === 'submitted'
  return true
}

/** Why not: the wrong person (FORBIDDEN) or the wrong moment (CONFLICT). */
function refusal(topic: FlowTopic, who: Capacity, move: Move): Refused {
  const rule = TRANSITIONS[move.event]
  const status = TOPIC_STATUS_LABELS[topic.status]
  const entitled = moversOf(who, topic).some((m) => rule.by.includes(m))
  if (!entitled && rule.by.includes('holdingSide') && who.side) {
    if (!topic.side)
      return refuse('CONFLICT', `议题现在「${status}」，还没有交办，暂时不能${VERB[move.event]}`)
    return refuse(
      'FORBIDDEN',
      `这个议题交办给了${SIDE_LABELS[topic.side]}，${SIDE_LABELS[who.side]}代表不能${VERB[move.event]}`,
    )
  }
  if (!entitled) return refuse('FORBIDDEN', WHO_MAY[move.event])
  if (move.event === 'rate' || move.event === 'confirm')
    return refuse('CONFLICT', `议题现在「${status}」，还没有正式答复，暂时不能${VERB[move.event]}`)
  if (move.event === 'close' && !who.staff)
    return refuse('CONFLICT', '议题已经有人办理，不能撤回；如需关闭请联系驿站')
  return refuse('CONFLICT', `议题现在「${status}」，不能${VERB[move.event]}`)
}

const VERB: Record<TopicEvent, string> = {
  accept: '受理',
  decline: '不予受理',
  assign: '交办',
  handBack: '退回',
  progress: '更新进展',
  reply: '答复',
  confirm: '确认解决',
  rate: '评价',
  reopen: '重新打开',
  close: '关闭',
  flagOverdue: '标记逾期',
}

const WHO_MAY: Record<TopicEvent, string> = {
  accept: '只有驿站工作人员可以受理议题',
  decline: '只有驿站工作人员可以决定不予受理',
  assign: '只有驿站工作人员可以交办议题',
  handBack: '只有承办方的代表可以退回议题',
  progress: '只有承办方的代表可以更新办理进展',
  reply: '只有承办方的代表可以正式答复',
  confirm: '只有提出人可以确认解决',
  rate: '只有提出人和支持过这个议题的居民可以评价',
  reopen: '只有提出人可以重新打开议题',
  close: '只有驿站工作人员可以关闭议题',
  flagOverdue: '逾期由系统标记',
}

/** The words a move must carry: the input field they come in, and what to say when they are missing. */
const WORDS: Partial<Record<TopicEvent, [field: string, message: string]>> = {
  decline: ['reason', '请写明原因'],
  close: ['reason', '请写明原因'],
  handBack: ['reason', '请写明退回的具体原因'],
  progress: ['note', '请填写办理进展'],
  reply: ['text', '请填写答复内容'],
  reopen: ['reason', '请说明为什么还没有解决'],
}

type Check = (topic: FlowTopic, move: Move, as: Mover) => Refused | null

/** What else a move needs: a side and a date, a score, the period not over, a due day passed. */
const CHECKS: Partial<Record<TopicEvent, Check>> = {
  assign: (_topic, move) => assignProblem(move),
  reopen: (topic, move) => tooLate(topic, move.now),
  rate: (topic, move, as) => {
    if (!move.score || move.score < 1 || move.score > 5)
      return refuse('INVALID_INPUT', '请选择1到5颗星', 'score')
    return as === 'author' && topic.status === 'rated' ? tooLate(topic, move.now) : null
  },
  flagOverdue: (topic, move) =>
    topic.overdueAt !== null || topic.dueAt === null || topic.dueAt > move.now
      ? refuse('CONFLICT', '这个议题没有逾期')
      : null,
}

function inputProblem(topic: FlowTopic, move: Move, as: Mover): Refused | null {
  if (move.event === 'handBack' && !move.reasonCode)
    return refuse('INVALID_INPUT', '请选择退回原因', 'reasonCode')
  const words = WORDS[move.event]
  if (words && !(move.text ?? '').trim()) return refuse('INVALID_INPUT', words[1], words[0])
  return CHECKS[move.event]?.(topic, move, as) ?? null
}

function assignProblem(move: Move): Refused | null {
  if (!move.side) return refuse('INVALID_INPUT', '请选择承办方', 'side')
  if (!move.dueDate) return refuse('INVALID_INPUT', '请选择办结期限', 'dueDate')
  if (move.dueDate < chinaDay(move.now)) return refuse('INVALID_INPUT', '办结期限不能早于今天', 'dueDate')
  return null
}

function tooLate(topic: FlowTopic, now: number): Refused | null {
  if (topic.resolvedAt !== null && now - topic.resolvedAt > REOPEN_DAYS * 24 * 3600 * 1000)
    return refuse('EXPIRED', `解决已超过${REOPEN_DAYS}天，不能再重新打开；有新问题请提新议题`)
  return null
}

interface Plain {
  status: TopicStatus
  holder: (topic: FlowTopic) => Holder
  step: TimelineStep
  resolvedAt?: 'set' | 'clear'
}

/** Moves that lead to one status, held by one party, with one timeline entry. */
const PLAIN: Partial<Record<TopicEvent, Plain>> = {
  accept: { status: 'accepted', holder: () => 'station', step: 'accepted' },
  decline: { status: 'declined', holder: () => 'none', step: 'declined' },
  progress: { status: 'inProgress', holder: (t) => t.side!, step: 'progress' },
  reply: { status: 'replied', holder: () => 'author', step: 'replied' },
  confirm: { status: 'resolved', holder: () => 'author', step: 'resolved', resolvedAt: 'set' },
  reopen: { status: 'inProgress', holder: (t) => t.side!, step: 'reopened', resolvedAt: 'clear' },
  close: { status: 'closed', holder: () => 'none', step: 'closed' },
}

type Outcome = Omit<Allowed, 'ok' | 'as'>

/** Where an allowed move leads. */
function outcome(topic: FlowTopic, move: Move, as: Mover): Outcome {
  const by: ActedAs = as === 'holdingSide' ? 'side' : as === 'supporter' ? 'author' : as
  const same = { side: topic.side, resolvedAt: 'keep' as const, escalate: false }
  if (move.event === 'rate') return rated(topic, move, as)
  if (move.event === 'assign')
    return {
      ...same,
      status: 'assigned',
      holder: move.side!,
      side: move.side!,
      steps: [step('assigned', by, move.side!)],
    }
  // Handed back, it is no longer that side's: its figures leave the side until it is assigned again.
  if (move.event === 'handBack')
    return {
      ...same,
      status: 'accepted',
      holder: 'station',
      side: null,
      steps: [step('handedBack', by, 'station')],
    }
  if (move.event === 'flagOverdue')
    return {
      ...same,
      status: topic.status,
      holder: topic.holder,
      steps: [step('overdue', 'system', topic.holder)],
    }
  const plain = PLAIN[move.event]!
  const holder = plain.holder(topic)
  return {
    ...same,
    status: plain.status,
    holder,
    steps: [step(plain.step, by, holder)],
    resolvedAt: plain.resolvedAt ?? 'keep',
  }
}

const step = (s: TimelineStep, by: ActedAs, holder: Holder): StepOut => ({ step: s, by, holder })

/** A supporter's rating changes nothing but the figures; the author's settles or reopens the topic. */
function rated(topic: FlowTopic, move: Move, as: Mover): Outcome {
  const keep = { status: topic.status, holder: topic.holder, side: topic.side, resolvedAt: 'keep' as const }
  if (as === 'supporter') return { ...keep, steps: [], escalate: false }
  if (move.score! <= ESCALATE_AT) {
    const holder: Holder = topic.side ?? 'station'
    return {
      status: 'inProgress',
      holder,
      side: topic.side,
      resolvedAt: 'clear',
      escalate: true,
      steps: [
        step('rated', 'author', holder),
        step('reopened', 'system', holder),
        step('escalated', 'system', holder),
      ],
    }
  }
  const steps = topic.status === 'replied' ? [step('resolved', 'author', 'author')] : []
  return {
    status: 'rated',
    holder: 'none',
    side: topic.side,
    resolvedAt: topic.status === 'replied' ? 'set' : 'keep',
    escalate: false,
    steps: [...steps, step('rated', 'author', 'none')],
  }
}

/** The moves this person could make on this topic now (inputs aside): what the app offers. */
export function allowedMoves(topic: FlowTopic, who: Capacity): TopicEvent[] {
  return TOPIC_EVENTS.filter((event) => {
    if (event === 'flagOverdue') return false
    const movers = moversOf(who, topic)
    return movers.some((m) => TRANSITIONS[event].by.includes(m) && mayFrom(event, m, topic.status))
  })
}

/** Statuses where the topic is still being worked on (for "待解决" and the overdue sweep). */
export const UNRESOLVED: readonly TopicStatus[] = [
  'submitted',
  'accepted',
  'assigned',
  'inProgress',
  'replied',
]
export const ASSIGNED_OPEN = WITH_SIDE

/** The calendar day in China (UTC+8) of an instant. */
export function chinaDay(ms: number): string {
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
