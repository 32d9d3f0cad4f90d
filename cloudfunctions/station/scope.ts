/** Which buildings a building head or staff member may see and act on. */
import type { StationCtx } from '../_kernel/action'
import { forbidden } from '../_kernel/errors'
import { inList } from '../_kernel/query'
import { isStaff } from '../_kernel/roles'

export const VERIFIER_ROLES = ['stationHead', 'deputyHead', 'staff', 'buildingHead'] as const

/**
 * A filter on `buildingId` limited to what the caller covers: staff see every building (or
 * the one asked for); a building head only theirs, and asking for another is FORBIDDEN.
 */
export function buildingFilter(ctx: StationCtx, requested?: string): Record<string, unknown> {
  if (isStaff(ctx.roles)) return requested ? { buildingId: requested } : {}
  const mine = ctx.member?.headOf ?? []
  if (requested) {
    if (!mine.includes(requested)) throw forbidden('您只能查看自己负责的楼栋')
    return { buildingId: requested }
  }
  return { buildingId: inList(mine) }
}

/** The buildings a caller covers, in display order; staff get every building. */
export async function coveredBuildings(ctx: StationCtx) {
  const all = await ctx.db.buildings.findAll(
    {},
    [
      ['sort', 'asc'],
      ['name', 'asc'],
    ],
    2000,
  )
  if (isStaff(ctx.roles)) return all
  const mine = new Set(ctx.member?.headOf ?? [])
  return all.filter((b) => mine.has(b._id))
}
