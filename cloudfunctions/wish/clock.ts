/**
 * The clock's moves: open wishes whose day has passed expire, claims idle for the station's days
 * go back on the wall (the wisher told), fulfilled wishes nobody answered confirm themselves (the
 * helper paid, once). Run by the function's timer trigger (config.json, hourly) in the cloud and
 * by the local cloud's trigger runner; `runTimers` runs it by hand with a chosen clock (tests).
 *
 * Each wish carries `dueAt`, when its next timed move falls due, so a run is one indexed query
 * across every station ("what is due?") — one read when nothing is — and then each due wish is
 * judged by the state machine and moved in its own transaction, exactly as a person's move.
 */
import type { StationDoc } from '../../types/entities'
import type { WishDoc } from '../../types/wish/entities'
import type { TimerRun, WishSettings } from '../../types/wish/views'
import { command } from '../_kernel/query'
import { globalCollection, scopedDb } from '../_kernel/repo'
import { dueAt, dueTransition } from './machine'
import type { ClockTransition } from './machine'
import { tellClaimer, tellWisher } from './notices'
import { loadSettings } from './settings'
import { moveInTransaction } from './store'

const BATCH = 100
/** Bounded, so a run ends well inside the function's timeout; the next run takes the rest. */
const MAX_BATCHES = 10

interface StationClock {
  station: StationDoc
  settings: WishSettings
}

export async function runClock(now: Date, stationId?: string): Promise<TimerRun> {
  const run: TimerRun = { due: 0, expired: 0, released: 0, confirmed: 0 }
  const stations = new Map<string, StationClock | null>()
  let after = ''
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await dueWishes(now, stationId, after)
    for (const wish of due) {
      run.due++
      const moved = await moveDue(wish, now, await stationClock(stations, wish.stationId))
      if (moved === 'expire') run.expired++
      if (moved === 'expireClaim') run.released++
      if (moved === 'autoConfirm') run.confirmed++
    }
    if (due.length < BATCH) break
    after = due[due.length - 1]._id
  }
  return run
}

async function dueWishes(now: Date, stationId: string | undefined, after: string): Promise<WishDoc[]> {
  const filter: Record<string, unknown> = { dueAt: command().lte(now) }
  if (stationId) filter.stationId = stationId
  // A wish the run could not move keeps its dueAt; paging by id moves past it.
  if (after) filter._id = command().gt(after)
  return globalCollection('wishes').find(filter, { orderBy: [['_id', 'asc']], limit: BATCH })
}

async function stationClock(cache: Map<string, StationClock | null>, stationId: string) {
  if (!cache.has(stationId)) {
    const station = await globalCollection('stations').byId(stationId)
    cache.set(
      stationId,
      station ? { station, settings: await loadSettings(scopedDb(stationId), stationId) } : null,
    )
  }
  return cache.get(stationId) ?? null
}

/** Moves one due wish; answers the move made, or null (not due after all, or it failed and is logged). */
async function moveDue(
  wish: WishDoc,
  now: Date,
  clock: StationClock | null,
): Promise<ClockTransition | null> {
  if (!clock) return null
  const db = scopedDb(wish.stationId)
  const t = dueTransition(wish, now, clock.settings)
  if (!t) {
    // Settings changed since dueAt was written: set it right, nothing to do yet.
    const at = dueAt(wish, clock.settings)
    await db.wishes.updateById(wish._id, { dueAt: at && at > now ? at : null }, { status: wish.status })
    return null
  }
  try {
    const { next, before, changed } = await moveInTransaction(
      { stationId: wish.stationId, now, settings: clock.settings },
      wish._id,
      t,
      null,
    )
    if (changed) await tell({ db, now, station: clock.station }, t, before, next)
    return changed ? t : null
  } catch (err) {
    // Moved by a person meanwhile (the machine refuses), or a database hiccup: the next run looks again.
    console.error(
      JSON.stringify({ level: 'warn', where: 'wish clock', wishId: wish._id, t, error: String(err) }),
    )
    return null
  }
}

async function tell(
  ctx: Parameters<typeof tellClaimer>[0],
  t: ClockTransition,
  before: WishDoc,
  next: WishDoc,
) {
  if (t === 'autoConfirm') await tellClaimer(ctx, next)
  if (t === 'expireClaim')
    await tellWisher(
      ctx,
      next,
      'wishReleased',
      before.claimedAt,
      { phrase2: '重新等待认领', thing3: '认领人多日没有进展，已重新上墙' },
      `心愿「${next.title}」认领后多日没有进展，已重新等待认领`,
    )
}
