/**
 * Reading and writing wishes the one way the state machine allows. Two ways to write a move:
 * - `moveInTransaction`: moves that change figures or pay points (post-review, fulfil, confirm…):
 *   the wish, its counters and the ledger entry commit together or not at all; a wish that moved
 *   meanwhile makes the transaction retry, and the machine judges the fresh wish.
 * - `moveConditionally`: moves many people race for and that touch nothing else (claim, release,
 *   progress): one conditional single-document update, so of 20 helpers tapping 认领 at once one
 *   wins and the others read the wish again and are told 已被认领 — never a transaction conflict.
 */
import type { WishDoc } from '../../types/wish/entities'
import type { WishSettings } from '../../types/wish/views'
import type { StationCtx } from '../_kernel/action'
import { bump } from '../_kernel/counters'
import { AppError, notFound } from '../_kernel/errors'
import { postPoints } from '../_kernel/ledger'
import { hasAny, isStaff } from '../_kernel/roles'
import type { ScopedDb } from '../_kernel/repo'
import { runScopedTransaction } from '../_kernel/tx'
import { wishChanges } from './counters'
import { loadSettings } from './settings'
import { transition, TRANSITIONS } from './machine'
import type { Caller, MoveArgs, Outcome, Transition } from './machine'

/** Who the caller is, as the machine sees people (acting for someone: as that person). */
export function callerOf(ctx: Pick<StationCtx, 'member' | 'roles'>): Caller {
  return {
    memberId: ctx.member?._id ?? null,
    name: ctx.member?.name ?? '',
    staff: isStaff(ctx.roles),
    helper: hasAny(ctx.roles, ['volunteer', 'partyMember']),
  }
}

export async function wishOr404(db: ScopedDb, wishId: string): Promise<WishDoc> {
  const wish = await db.wishes.byId(wishId)
  if (!wish) throw notFound('没有找到这个心愿，可能已被删除')
  return wish
}

/** The fields `next` changes, for the update (never `_id` or `stationId`). */
export function changedFields(before: WishDoc, next: WishDoc): Partial<WishDoc> {
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(next)) {
    if (key === '_id' || key === 'stationId') continue
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof WishDoc])) patch[key] = value
  }
  return patch as Partial<WishDoc>
}

export interface MoveContext {
  stationId: string
  now: Date
  settings: WishSettings
}

/** A move with its figures and points, in one transaction (retried on conflict by the kernel). */
export async function moveInTransaction(
  scope: MoveContext,
  wishId: string,
  t: Transition,
  caller: Caller | null,
  args: MoveArgs = {},
): Promise<Outcome & { before: WishDoc }> {
  return runScopedTransaction(scope.stationId, async (tx) => {
    const before = await tx.get('wishes', wishId)
    if (!before) throw notFound('没有找到这个心愿，可能已被删除')
    const outcome = transition(before, t, caller, scope.now, scope.settings, args)
    if (!outcome.changed) return { ...outcome, before }
    const { next } = outcome
    await tx.updateRead('wishes', wishId, changedFields(before, next))
    await bump(tx, wishChanges(before, next))
    if (TRANSITIONS[t].pays && next.claimerId && next.points > 0)
      await postPoints(
        tx,
        {
          memberId: next.claimerId,
          delta: next.points,
          reason: `实现心愿「${next.title}」`,
          refType: 'wish',
          refId: wishId,
          // One award per wish: a repeated confirm, or one racing the clock's, pays nothing more.
          idempotencyKey: `wish:${wishId}:confirmed`,
          byMemberId: caller?.memberId ?? null,
        },
        scope.now,
      )
    return { ...outcome, before }
  })
}

const RACE_ROUNDS = 5

/** A move decided by one conditional update on the wish alone; figures and points stay untouched. */
export async function moveConditionally(
  db: ScopedDb,
  scope: MoveContext,
  wish: WishDoc,
  t: Transition,
  caller: Caller,
  args: MoveArgs = {},
): Promise<Outcome & { before: WishDoc }> {
  let current = wish
  for (let round = 0; round < RACE_ROUNDS; round++) {
    const outcome = transition(current, t, caller, scope.now, scope.settings, args)
    if (!outcome.changed) return { ...outcome, before: current }
    if (wishChanges(current, outcome.next).length > 0 || TRANSITIONS[t].pays)
      throw new Error(`${t} changes figures or pays points: it must run in a transaction`)
    const won = await db.wishes.updateById(current._id, changedFields(current, outcome.next), {
      status: current.status,
      claimerId: current.claimerId,
    })
    if (won) return { ...outcome, before: current }
    // Someone moved it first: judge the wish as it is now (the loser of a claim hears 已被认领).
    current = await wishOr404(db, current._id)
  }
  throw new AppError('RATE_LIMITED', '这会儿操作的人太多了，请稍等几秒再试')
}

/**
 * Applies a move the way it needs: in a transaction when it changes figures or pays points,
 * otherwise as one conditional update (judged on the wish as read; either way judged again if
 * the wish moved meanwhile).
 */
export async function applyMove(
  db: ScopedDb,
  scope: MoveContext,
  wish: WishDoc,
  t: Transition,
  caller: Caller | null,
  args: MoveArgs = {},
): Promise<Outcome & { before: WishDoc }> {
  const outcome = transition(wish, t, caller, scope.now, scope.settings, args)
  if (!outcome.changed) return { ...outcome, before: wish }
  const needsTransaction = TRANSITIONS[t].pays || wishChanges(wish, outcome.next).length > 0
  if (needsTransaction || caller === null) return moveInTransaction(scope, wish._id, t, caller, args)
  return moveConditionally(db, scope, wish, t, caller, args)
}

/** The common path of a person's move: read the wish and the station's settings, apply, answer. */
export async function moveWish(
  ctx: StationCtx,
  wishId: string,
  t: Transition,
  args: MoveArgs = {},
): Promise<Outcome & { before: WishDoc; caller: Caller; settings: WishSettings }> {
  const caller = callerOf(ctx)
  const [wish, settings] = await Promise.all([
    wishOr404(ctx.db, wishId),
    loadSettings(ctx.db, ctx.station._id),
  ])
  const scope = { stationId: ctx.station._id, now: ctx.now, settings }
  const outcome = await applyMove(ctx.db, scope, wish, t, caller, args)
  return { ...outcome, caller, settings }
}
