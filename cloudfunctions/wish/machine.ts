/**
 * The wish's life as ONE transition table, and the pure rules around it. Every action that
 * changes a wish — a person's tap or the clock's run — asks `transition` for the next state, so
 * who may move a wish from which status to which, and what the move writes, is decided here and
 * nowhere else. No I/O: the actions read, ask, and write what comes back (conditionally, so a
 * wish that moved meanwhile is judged again).
 *
 *   pending ──approve──▶ open ──claim──▶ claimed ──fulfil──▶ fulfilled ──confirm / autoConfirm──▶ confirmed
 *      │                 │  ▲               │  ▲                 │
 *      └─reject─▶ rejected  │  └─release / expireClaim─┘ progress  └─dispute─▶ disputed ─settle─▶ confirmed
 *      (pending|open)─withdraw─▶ withdrawn   open ─expire─▶ expired          └─reopen─▶ open
 */
import type { WishDoc, WishStatus } from '../../types/wish/entities'
import type { WishMove, WishSettings } from '../../types/wish/views'
import { WISH_STATUS_LABELS } from '../../types/labels'
import { AppError } from '../_kernel/errors'
import { CLOCK_FROM, CLOCK_TRANSITIONS, dueAt, timedAt } from '../../types/wish/clock'
import type { ClockTransition } from '../../types/wish/clock'

export type Transition =
  | 'approve'
  | 'reject'
  | 'claim'
  | 'release'
  | 'progress'
  | 'fulfil'
  | 'confirm'
  | 'dispute'
  | 'settle'
  | 'reopen'
  | 'thank'
  | 'withdraw'
  | 'expire'
  | 'expireClaim'
  | 'autoConfirm'

/**
 * Who is asking, as far as a wish is concerned: its wisher (or their stand-in, who acts as them),
 * its current claimer, station staff, a helper (a volunteer or party member who is not the
 * wisher), or the clock.
 */
export type Party = 'wisher' | 'claimer' | 'staff' | 'helper' | 'clock'

interface Rule {
  from: readonly WishStatus[]
  to: WishStatus
  by: readonly Party[]
  /** The button it belongs to in the app (none for the clock's moves). */
  move?: WishMove
  /** Reaching `to` pays the helper (through the points ledger, once per wish). */
  pays?: boolean
  /** What the caller is trying to do, for refusals: "不能${verb}". */
  verb: string
}

export const TRANSITIONS: Record<Transition, Rule> = {
  approve: { from: ['pending'], to: 'open', by: ['staff'], move: 'review', verb: '通过审核' },
  reject: { from: ['pending'], to: 'rejected', by: ['staff'], move: 'review', verb: '退回' },
  claim: { from: ['open'], to: 'claimed', by: ['helper'], move: 'claim', verb: '认领' },
  release: { from: ['claimed'], to: 'open', by: ['claimer'], move: 'release', verb: '放弃认领' },
  progress: { from: ['claimed'], to: 'claimed', by: ['claimer'], move: 'progress', verb: '填写进展' },
  fulfil: { from: ['claimed'], to: 'fulfilled', by: ['claimer'], move: 'fulfil', verb: '标记完成' },
  confirm: {
    from: ['fulfilled'],
    to: 'confirmed',
    by: ['wisher', 'staff'],
    move: 'confirm',
    pays: true,
    verb: '确认实现',
  },
  dispute: { from: ['fulfilled'], to: 'disputed', by: ['wisher'], move: 'dispute', verb: '提出异议' },
  settle: {
    from: ['disputed'],
    to: 'confirmed',
    by: ['staff'],
    move: 'resolve',
    pays: true,
    verb: '确认实现',
  },
  reopen: { from: ['disputed'], to: 'open', by: ['staff'], move: 'resolve', verb: '重新上墙' },
  thank: { from: ['confirmed'], to: 'confirmed', by: ['wisher'], move: 'thank', verb: '致谢' },
  withdraw: {
    from: ['pending', 'open'],
    to: 'withdrawn',
    by: ['wisher', 'staff'],
    move: 'withdraw',
    verb: '撤回',
  },
  expire: { from: [CLOCK_FROM.expire], to: 'expired', by: ['clock'], verb: '过期' },
  expireClaim: { from: [CLOCK_FROM.expireClaim], to: 'open', by: ['clock'], verb: '释放认领' },
  autoConfirm: {
    from: [CLOCK_FROM.autoConfirm],
    to: 'confirmed',
    by: ['clock'],
    pays: true,
    verb: '自动确认',
  },
}

// The clock's moves and when they fall due live in the contract (the demo seed sets dueAt by them too).
export { CLOCK_TRANSITIONS, dueAt } from '../../types/wish/clock'
export type { ClockTransition } from '../../types/wish/clock'

/** Statuses the wall shows (a dispute, to neighbours, as 已认领). */
export const ON_WALL: readonly WishStatus[] = ['open', 'claimed', 'fulfilled', 'confirmed', 'disputed']

/** Who the caller is to this wish. */
export interface Caller {
  memberId: string | null
  name: string
  staff: boolean
  /** A volunteer or party member: may claim. */
  helper: boolean
}

export const CLOCK: Caller = { memberId: null, name: '', staff: false, helper: false }

export function partiesOf(
  wish: Pick<WishDoc, 'wisherId' | 'claimerId' | 'postedById'>,
  caller: Caller | null,
): Party[] {
  if (caller === null || caller === CLOCK) return ['clock']
  const me = caller.memberId
  const parties: Party[] = []
  const isWisher = me !== null && me === wish.wisherId
  if (isWisher) parties.push('wisher')
  if (me !== null && me === wish.claimerId) parties.push('claimer')
  if (caller.staff) parties.push('staff')
  // Whoever posted it (a stand-in, staff for an elder) may not claim it for points either.
  if (caller.helper && !isWisher && me !== wish.postedById) parties.push('helper')
  return parties
}

/** What a move carries besides who makes it. */
export interface MoveArgs {
  /** A note, reason, thank-you or resolution, as the move reads it. */
  text?: string
  images?: string[]
}

export interface Outcome {
  next: WishDoc
  /** False: the wish is already where this move takes it (a repeated call); nothing to write. */
  changed: boolean
}

/**
 * The next state of `wish` after `t` by `caller` at `now`, or a typed refusal (FORBIDDEN, TAKEN,
 * EXPIRED, CONFLICT) in plain Chinese. Pure: the same inputs always give the same answer.
 */
export function transition(
  wish: WishDoc,
  t: Transition,
  caller: Caller | null,
  now: Date,
  settings: WishSettings,
  args: MoveArgs = {},
): Outcome {
  const rule = TRANSITIONS[t]
  const parties = partiesOf(wish, caller)
  if (!rule.by.some((p) => parties.includes(p)))
    throw refusedParty(t, parties, !!caller?.memberId && caller.memberId === wish.postedById)
  if (!rule.from.includes(wish.status)) {
    if (isRepeat(wish, t, caller)) return { next: wish, changed: false }
    throw refusedStatus(wish, t)
  }
  guard(wish, t, now, settings)
  const next: WishDoc = { ...wish, ...effects(wish, t, caller ?? CLOCK, now, settings, args) }
  next.status = rule.to
  next.updatedAt = now
  next.dueAt = dueAt(next, settings)
  return { next, changed: true }
}

/** The moves open to this caller now (the app's buttons), each as the table and its guards allow. */
export function movesFor(wish: WishDoc, caller: Caller, now: Date, settings: WishSettings): WishMove[] {
  const moves = new Set<WishMove>()
  for (const [t, rule] of Object.entries(TRANSITIONS) as [Transition, Rule][]) {
    if (!rule.move || moves.has(rule.move)) continue
    try {
      if (transition(wish, t, caller, now, settings, { text: 'x', images: ['x'] }).changed)
        moves.add(rule.move)
    } catch {
      // Not open to this caller now.
    }
  }
  return [...moves]
}

/** The clock's move due for this wish at `now`, if any. */
export function dueTransition(wish: WishDoc, now: Date, settings: WishSettings): ClockTransition | null {
  for (const t of CLOCK_TRANSITIONS) {
    if (!TRANSITIONS[t].from.includes(wish.status)) continue
    const at = timedAt(wish, t, settings)
    if (at && now.getTime() >= at.getTime()) return t
  }
  return null
}

/** When an idle claim goes back on the wall, and when a fulfilled wish confirms itself. */
export function releaseAt(wish: WishDoc, settings: WishSettings): Date | null {
  return wish.status === 'claimed' ? timedAt(wish, 'expireClaim', settings) : null
}

export function autoConfirmAt(wish: WishDoc, settings: WishSettings): Date | null {
  return wish.status === 'fulfilled' ? timedAt(wish, 'autoConfirm', settings) : null
}

/** A repeated call (a flaky network sends it twice) finds the wish where the move left it: same answer. */
function isRepeat(wish: WishDoc, t: Transition, caller: Caller | null): boolean {
  const rule = TRANSITIONS[t]
  if (rule.from.includes(rule.to) || wish.status !== rule.to) return false
  if (t === 'claim' || t === 'fulfil') return !!caller?.memberId && wish.claimerId === caller.memberId
  return true
}

/** Rules beyond "from which status": dates, and things done once. */
function guard(wish: WishDoc, t: Transition, now: Date, settings: WishSettings) {
  const passed = now.getTime() >= new Date(wish.neededByEnd).getTime()
  if (t === 'claim' && passed) throw new AppError('EXPIRED', '这个心愿希望完成的日期已经过了，不能再认领')
  if (t === 'approve' && passed)
    throw new AppError('EXPIRED', '这个心愿希望完成的日期已经过了，请让许愿人改期后重新发布')
  if (t === 'thank' && wish.thanks) throw new AppError('CONFLICT', '已经感谢过了')
  if ((CLOCK_TRANSITIONS as readonly string[]).includes(t)) {
    const due = dueTransition(wish, now, settings)
    if (due !== t) throw new AppError('CONFLICT', '还没到时间')
  }
}

const CLAIM_CLEARED = {
  claimerId: null,
  claimerName: '',
  claimedAt: null,
  progressAt: null,
  progressNote: '',
} as const

interface EffectInput {
  wish: WishDoc
  t: Transition
  caller: Caller
  now: Date
  settings: WishSettings
  text: string
  images: string[]
}

/** What each move writes besides the status (the table's second column). */
const EFFECTS: Record<Transition, (e: EffectInput) => Partial<WishDoc>> = {
  approve: (e) => ({ reviewedById: e.caller.memberId, reviewedAt: e.now, rejectReason: '' }),
  reject: (e) => ({ reviewedById: e.caller.memberId, reviewedAt: e.now, rejectReason: e.text }),
  claim: (e) => ({
    claimerId: e.caller.memberId,
    claimerName: e.caller.name,
    claimedAt: e.now,
    progressAt: e.now,
    progressNote: '',
  }),
  release: () => CLAIM_CLEARED,
  expireClaim: () => CLAIM_CLEARED,
  progress: (e) => ({ progressAt: e.now, progressNote: e.text }),
  fulfil: (e) => ({ fulfilledAt: e.now, fulfilNote: e.text, fulfilImages: e.images }),
  confirm: (e) => confirmed(e),
  settle: (e) => confirmed(e),
  autoConfirm: (e) => confirmed(e),
  dispute: (e) => ({ disputeReason: e.text, disputedAt: e.now }),
  reopen: (e) => ({
    ...CLAIM_CLEARED,
    resolution: e.text,
    fulfilledAt: null,
    fulfilNote: '',
    fulfilImages: [],
  }),
  thank: (e) => ({ thanks: e.text, thankedAt: e.now }),
  withdraw: () => ({}),
  expire: () => ({}),
}

function effects(
  wish: WishDoc,
  t: Transition,
  caller: Caller,
  now: Date,
  settings: WishSettings,
  args: MoveArgs,
): Partial<WishDoc> {
  return EFFECTS[t]({ wish, t, caller, now, settings, text: args.text ?? '', images: args.images ?? [] })
}

function confirmed({ wish, t, caller, now, settings, text }: EffectInput): Partial<WishDoc> {
  const base = { confirmedAt: now, confirmedById: caller.memberId, points: settings.pointsPerWish }
  if (t === 'settle') return { ...base, resolution: text }
  // A thank-you may come with the confirmation (never from the clock).
  if (t === 'confirm' && text && !wish.thanks) return { ...base, thanks: text, thankedAt: now }
  return base
}

function refusedParty(t: Transition, parties: Party[], posted: boolean): AppError {
  if (t === 'claim' && (parties.includes('wisher') || posted))
    return new AppError('FORBIDDEN', '不能认领自己的心愿（包括替别人发布的心愿）')
  if (t === 'claim')
    return new AppError('FORBIDDEN', '只有志愿者和党员可以认领心愿，可以在登记信息里选择成为志愿者')
  const rule = TRANSITIONS[t]
  if (rule.by.includes('clock')) return new AppError('FORBIDDEN', '这一步由系统按时处理')
  const who = rule.by.map((p) => PARTY_NAMES[p]).join('或')
  return new AppError('FORBIDDEN', `只有${who}可以${rule.verb}`)
}

const PARTY_NAMES: Record<Party, string> = {
  wisher: '许愿人',
  claimer: '认领人',
  staff: '驿站工作人员',
  helper: '志愿者和党员',
  clock: '系统',
}

function refusedStatus(wish: WishDoc, t: Transition): AppError {
  const status = wish.status
  if (t === 'claim') {
    if (['claimed', 'fulfilled', 'confirmed', 'disputed'].includes(status))
      return new AppError('TAKEN', '这个心愿已被认领')
    if (status === 'expired') return new AppError('EXPIRED', '这个心愿已经过期了，不能再认领')
    if (status === 'rejected') return new AppError('CONFLICT', '这个心愿没有通过审核，不能认领')
    if (status === 'pending') return new AppError('CONFLICT', '这个心愿还在审核中，通过后才能认领')
  }
  if (t === 'confirm' && (status === 'claimed' || status === 'open'))
    return new AppError('CONFLICT', '认领人还没有标记完成，暂时不能确认实现')
  return new AppError(
    'CONFLICT',
    `这个心愿现在是「${WISH_STATUS_LABELS[status]}」，不能${TRANSITIONS[t].verb}`,
  )
}
