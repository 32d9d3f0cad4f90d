import { noticeContract } from '../../../types/notice'
import type { NoticeDoc } from '../../../types/notice'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import { readId } from '../ids'
import { reachesBuilding, unitKey, WHOLE_STATION } from '../target'
import { toCard } from '../views'

/** Live notices a household can have at once; far more than any station posts in a season. */
const LIVE_CAP = 300

/**
 * My notices: those posted to the whole station, my building, or my unit — and no other, whoever
 * asks. Pinned first, then the ones I have not opened, then the newest; expired and withdrawn ones
 * are gone. A stand-in sees the list of the person they act for.
 */
export const list = actionsOf<'notice'>(noticeContract).station('list', {
  access: 'verified',
  proxy: true,
  label: '查看通知列表',
  async run(ctx, { unreadOnly, skip, limit }) {
    const live = await liveNotices(ctx)
    const readIds = await readByMe(ctx, live)
    const cards = live
      .map((n) => toCard(n, readIds.has(n._id)))
      .sort(
        (a, b) =>
          Number(b.pinned) - Number(a.pinned) ||
          Number(a.read) - Number(b.read) ||
          b.createdAt.localeCompare(a.createdAt),
      )
    const unread = cards.filter((c) => !c.read).length
    const shown = unreadOnly ? cards.filter((c) => !c.read) : cards
    return { ...pageOf(shown.slice(skip, skip + limit), shown.length, skip, limit), unread }
  },
})

/** Notices reaching my household now: one query by the keys my building and its units can have. */
async function liveNotices(ctx: StationCtx): Promise<NoticeDoc[]> {
  const me = ctx.member!
  if (!me.householdId || !me.buildingId) return []
  const building = me.buildingId
  const keys = [WHOLE_STATION, building, ...Array.from({ length: 30 }, (_, i) => unitKey(building, i + 1))]
  const found = await ctx.db.notices.find(
    { scopeKeys: inList(keys), status: 'published', visibleUntil: command().gt(ctx.now) },
    { orderBy: [['createdAt', 'desc']], limit: LIVE_CAP },
  )
  // A notice to another unit of my building matched too: my unit decides (one read, only then).
  const unsure = found.some((n) => reachesBuilding(n, building) === 'someUnits')
  const household = unsure ? await ctx.db.households.byId(me.householdId) : null
  const myUnit = household ? unitKey(building, household.unit) : ''
  return found.filter((n) => reachesBuilding(n, building) === 'yes' || n.scopeKeys.includes(myUnit))
}

/** Which of them I have opened: one read of my household's read records. */
async function readByMe(ctx: StationCtx, notices: NoticeDoc[]): Promise<Set<string>> {
  const me = ctx.member!
  if (notices.length === 0) return new Set()
  const ids = notices.map((n) => readId(n._id, me.householdId!))
  const reads = await ctx.db.noticeReads.find({ _id: inList(ids) }, { limit: ids.length })
  return new Set(reads.filter((r) => r.readers.some((x) => x.memberId === me._id)).map((r) => r.noticeId))
}
