import type { Side } from '../../../types/entities'
import { SIDES } from '../../../types/entities'
import { forumContract } from '../../../types/forum'
import type { FigureValues } from '../../../types/forum/views'
import { actionsOf } from '../../_kernel/action'
import { readCounters } from '../../_kernel/counters'
import type { Values } from '../../_kernel/counters'
import { inList } from '../../_kernel/query'
import { chinaDate } from '../../_kernel/time'
import { FIGURES } from '../counters'
import { sweepOverdue } from '../overdue'

const ZERO: Values = {
  collected: 0,
  accepted: 0,
  declined: 0,
  resolved: 0,
  overdue: 0,
  ratingSum: 0,
  ratingCount: 0,
}

function add(a: Values, b: Values): Values {
  return Object.fromEntries(Object.keys(ZERO).map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]))
}

function figure(v: Values): FigureValues {
  const ratings = v.ratingCount ?? 0
  return {
    collected: v.collected ?? 0,
    accepted: v.accepted ?? 0,
    declined: v.declined ?? 0,
    resolved: v.resolved ?? 0,
    overdue: v.overdue ?? 0,
    satisfaction: ratings ? Math.round(((v.ratingSum ?? 0) / ratings) * 10) / 10 : 0,
    ratings,
  }
}

/**
 * 收集 → 受理 → 解决, overdue and average satisfaction for a year, per responsible side and per
 * month: the `forum.figures` counters of that year's months (one read), never a scan of topics.
 * Open to residents too: the figures name sides, never people.
 */
export const figures = actionsOf<'forum'>(forumContract).station('figures', {
  access: 'verified',
  proxy: true,
  async run(ctx, input) {
    await sweepOverdue(ctx)
    const year = input.year ?? Number(chinaDate(ctx.now).slice(0, 4))
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
    const rows = await readCounters(ctx.db, [FIGURES], { 'dims.month': inList(months) })
    const sides: (Side | null)[] = [...SIDES, null]
    const bySide = sides.map((side) => ({
      side,
      ...figure(rows.filter((r) => r.dims.side === side).reduce((s, r) => add(s, r.values), ZERO)),
    }))
    const byMonth = months.map((month) => ({
      month,
      ...figure(rows.filter((r) => r.dims.month === month).reduce((s, r) => add(s, r.values), ZERO)),
    }))
    return { year, total: figure(rows.reduce((s, r) => add(s, r.values), ZERO)), bySide, byMonth }
  },
})
