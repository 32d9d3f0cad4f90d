/**
 * The audience of a notice: the households with a verified member at the moment it is posted,
 * per building. Worked out once, with one aggregation per 1,000 households (a station-wide notice
 * at 滨湖, ~40k households: ~40 reads, once per post), and written as one document per building
 * plus the building's `targeted` counter. After that, figures and the unread list never scan
 * households again.
 */
import type { HouseholdDoc } from '../../types/entities'
import type { AudienceHousehold, NoticeAudienceDoc } from '../../types/notice'
import type { StationCtx } from '../_kernel/action'
import { counterId } from '../_kernel/counters'
import { isDuplicateKey } from '../_kernel/errors'
import { command, inList } from '../_kernel/query'
import type { Filter } from '../_kernel/repo'
import { audienceChange, REACH } from './counters'
import { audienceId } from './ids'
import type { ResolvedTarget } from './target'

const PAGE = 1000

export type Audience = Map<string, AudienceHousehold[]>

export async function computeAudience(ctx: StationCtx, resolved: ResolvedTarget): Promise<Audience> {
  const match: Filter = { status: 'verified', householdId: command().neq(null) }
  if (!resolved.target.all) match.buildingId = inList(resolved.buildings.map((b) => b._id))
  const units = new Map(resolved.target.buildings.map((tb) => [tb.buildingId, tb.units]))
  const audience: Audience = new Map(resolved.buildings.map((b) => [b._id, []]))
  for (let skip = 0; ; skip += PAGE) {
    const rows = await ctx.db.members.aggregate<{ _id: string; household: HouseholdDoc[] }>((a) =>
      a
        .match(match)
        .group({ _id: '$householdId' })
        .sort({ _id: 1 })
        .skip(skip)
        .limit(PAGE)
        .lookup({ from: 'households', localField: '_id', foreignField: '_id', as: 'household' }),
    )
    for (const row of rows) {
      const h = row.household.find((x) => x.stationId === ctx.station._id)
      const list = h && audience.get(h.buildingId)
      const wanted = h && units.get(h.buildingId)
      if (list && (!wanted?.length || wanted.includes(h.unit))) list.push({ id: h._id, unit: h.unit })
    }
    if (rows.length < PAGE) break
  }
  return audience
}

/**
 * Writes the audience documents and the `targeted` counters. Ids follow the notice, so a post
 * retried after a failure finds its own leftovers and writes them again.
 */
export async function writeAudience(ctx: StationCtx, noticeId: string, audience: Audience): Promise<number> {
  const filled = [...audience].filter(([, households]) => households.length > 0)
  const docs = filled.map(([buildingId, households]) => ({
    _id: audienceId(noticeId, buildingId),
    noticeId,
    buildingId,
    households,
    createdAt: ctx.now,
  })) satisfies Omit<NoticeAudienceDoc, 'stationId'>[]
  const counters = filled.map(([buildingId, households]) => {
    const change = audienceChange(noticeId, buildingId, households)
    return {
      _id: counterId(ctx.station._id, REACH, change.dims!, 0),
      name: REACH,
      dims: change.dims!,
      shard: 0,
      values: change.values,
      updatedAt: ctx.now,
    }
  })
  const households = filled.reduce((n, [, list]) => n + list.length, 0)
  try {
    await ctx.db.noticeAudience.insertMany(docs)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    // The same post made it already (a double tap): leave its live figures alone.
    if (await ctx.db.notices.byId(noticeId)) return households
    await ctx.db.noticeAudience.remove({ noticeId })
    await ctx.db.counters.remove({ name: REACH, 'dims.noticeId': noticeId })
    await ctx.db.noticeAudience.insertMany(docs)
  }
  await ctx.db.counters.insertMany(counters)
  return households
}
