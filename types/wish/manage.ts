/** Staff: the review queue and disputes, figures, the station's wish settings; the clock's maintenance run. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, int, oneOf, optionalText, page, text } from '../fields'
import type { Page } from '../fields'
import { WISH_LIMITS } from '../limits'
import { adminToken } from '../maintenance'
import type { TimerRun, WishDetail, WishSettings, WishStats } from './views'

const wishId = { wishId: id('心愿') }
const days = (label: string, bounds: { min: number; max: number }) => int(label, bounds.min, bounds.max)

export const manageActions = {
  queue: {
    input: z.object({ status: oneOf('待处理类型', ['pending', 'disputed']), ...page }),
    output: returns<Page<WishDetail>>(),
  },
  review: {
    input: z
      .object({
        ...wishId,
        decision: oneOf('审核结果', ['approve', 'reject']),
        reason: optionalText('原因', WISH_LIMITS.reasonMax).default(''),
      })
      .refine((v) => v.decision === 'approve' || v.reason.length > 0, {
        error: '不通过时请填写原因',
        path: ['reason'],
      }),
    output: returns<WishDetail>(),
  },
  /** A dispute settled: it was done after all (confirm, points follow) or it goes back on the wall. */
  resolve: {
    input: z.object({
      ...wishId,
      decision: oneOf('处理结果', ['confirm', 'reopen']),
      note: text('处理说明', WISH_LIMITS.reasonMax),
    }),
    output: returns<WishDetail>(),
  },
  stats: { input: z.object({}), output: returns<WishStats>() },
  settings: { input: z.object({}), output: returns<WishSettings>() },
  saveSettings: {
    input: z.object({
      claimTimeoutDays: days('认领后无进展自动释放天数', WISH_LIMITS.claimTimeoutDays),
      autoConfirmDays: days('自动确认天数', WISH_LIMITS.autoConfirmDays),
      pointsPerWish: int('每个心愿积分', WISH_LIMITS.pointsPerWish.min, WISH_LIMITS.pointsPerWish.max),
    }),
    output: returns<WishSettings>(),
  },
  /**
   * The timed moves (expiry, idle claims released, auto-confirm): what the function's timer
   * trigger runs. The deployment admin may run it by hand; `now` lets tests move the clock.
   */
  runTimers: {
    input: z.object({
      adminToken,
      now: z.iso.datetime({ error: '「时间」格式不对' }).optional(),
      stationId: id('驿站').optional(),
    }),
    output: returns<TimerRun>(),
  },
}
