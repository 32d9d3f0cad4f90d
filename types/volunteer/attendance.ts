/**
 * Sign-up, check-in and check-out by the organiser's rotating QR, attendance by hand, confirmed
 * service hours and their corrections.
 */
import * as z from 'zod'
import { returns } from '../contract'
import { dateTime, entry, id, int, list, oneOf, page, text } from '../fields'
import type { Page } from '../fields'
import { VOLUNTEER_LIMITS } from '../limits'
import type {
  ActivityCard,
  ActivityDetail,
  AttendanceView,
  ConfirmResult,
  CorrectionView,
  MySignup,
} from './views'

const L = VOLUNTEER_LIMITS

/** A token read from the organiser's QR: `<i|o><window>.<mac>` (types/qrToken.ts). */
const token = z
  .string({ error: '请扫描组织者手机上的签到二维码' })
  .trim()
  .min(1, { error: '请扫描组织者手机上的签到二维码' })
  .max(64, { error: '这不是本驿站的签到二维码，请扫组织者手机上的二维码' })

const location = entry('位置', {
  lat: z.number({ error: '位置格式不对' }).min(-90).max(90),
  lng: z.number({ error: '位置格式不对' }).min(-180).max(180),
})

const scan = z.object({ activityId: id('活动'), token, location: location.optional() })

export const attendanceActions = {
  signUp: { input: z.object({ activityId: id('活动') }), output: returns<ActivityDetail>() },
  cancelSignup: { input: z.object({ activityId: id('活动') }), output: returns<ActivityDetail>() },
  mySignups: {
    input: z.object({ when: oneOf('时间', ['upcoming', 'past']).default('upcoming'), ...page }),
    output:
      returns<Page<{ activity: ActivityCard; mine: MySignup | null; attendance: AttendanceView | null }>>(),
  },
  checkIn: { input: scan, output: returns<AttendanceView>() },
  checkOut: { input: scan, output: returns<AttendanceView>() },
  markAttendance: {
    input: z.object({
      activityId: id('活动'),
      memberId: id('志愿者'),
      direction: oneOf('签到或签退', ['in', 'out']),
      at: dateTime('时间'),
      reason: text('原因', L.reasonMax),
    }),
    output: returns<AttendanceView>(),
  },
  confirmHours: {
    input: z.object({
      activityId: id('活动'),
      /** Omitted: everyone who has checked out. */
      memberIds: list('志愿者', id('志愿者'), L.confirmBatch).optional(),
    }),
    output: returns<ConfirmResult>(),
  },
  requestCorrection: {
    input: z.object({
      checkinId: id('服务记录'),
      minutes: int('更正后的时长（分钟）', 1, 24 * 60),
      reason: text('更正原因', L.reasonMax),
    }),
    output: returns<CorrectionView>(),
  },
  correctionQueue: {
    input: z.object({
      status: oneOf('状态', ['pending', 'approved', 'rejected']).default('pending'),
      ...page,
    }),
    output: returns<Page<CorrectionView>>(),
  },
  decideCorrection: {
    input: z
      .object({
        requestId: id('更正申请'),
        decision: oneOf('审核结果', ['approve', 'reject']),
        note: z.string({ error: '「说明」应填写文字' }).trim().max(L.reasonMax).default(''),
      })
      .refine((v) => v.decision === 'approve' || v.note.length > 0, {
        error: '驳回时请写明原因',
        path: ['note'],
      }),
    output: returns<CorrectionView>(),
  },
  myCorrections: { input: z.object({ ...page }), output: returns<Page<CorrectionView>>() },
}
