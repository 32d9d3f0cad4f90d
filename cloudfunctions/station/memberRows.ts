/** Members as list rows (with household labels), and one page of them for a filter. */
import type { MemberDoc } from '../../types/entities'
import type { Page } from '../../types/fields'
import type { MemberRow } from '../../types/station'
import type { StationCtx } from '../_kernel/action'
import { pageOf } from '../_kernel/paging'
import type { Query, Sort } from '../_kernel/repo'
import { labelsFor } from './households'
import { toMemberRow } from './views'

export async function memberRows(ctx: StationCtx, members: MemberDoc[]): Promise<MemberRow[]> {
  const labels = await labelsFor(
    ctx.db,
    members.map((m) => m.householdId),
  )
  return members.map((m) => toMemberRow(m, m.householdId ? (labels.get(m.householdId) ?? null) : null))
}

export async function memberPage(
  ctx: StationCtx,
  filter: Query,
  orderBy: Sort,
  skip: number,
  limit: number,
): Promise<Page<MemberRow>> {
  const total = await ctx.db.members.count(filter)
  const members = await ctx.db.members.find(filter, { orderBy, skip, limit })
  return pageOf(await memberRows(ctx, members), total, skip, limit)
}
