/**
 * 夜话会: staff schedule an evening session with hosts from the sides and an agenda of topics
 * (most supported first); residents sign up and check in at the door by the organiser's rotating QR
 * (types/qrToken.ts); afterwards the minutes, whose commitments go on the public board (公示).
 */
import * as z from 'zod'
import { returns } from '../contract'
import { SIDES } from '../entities'
import { date, entry, id, list, oneOf, page, text } from '../fields'
import type { Page } from '../fields'
import { FORUM_LIMITS as L } from './limits'
import type { CheckInKey, CommitmentView, SessionCard, SessionDetail } from './views'

export const sessionId = id('夜话会')

/** A time of day, `19:30`. */
export function clock(label: string) {
  return z
    .string({ error: `请选择「${label}」` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `「${label}」格式应为 19:30` })
}

const agenda = list('议程', id('议题'), L.agendaMax)

export const sessionActions = {
  listSessions: {
    input: z.object({ when: oneOf('时间', ['upcoming', 'past']).default('upcoming'), ...page }),
    output: returns<Page<SessionCard>>(),
  },
  session: {
    input: z.object({ sessionId }),
    output: returns<SessionDetail>(),
  },
  scheduleSession: {
    input: z.object({
      title: text('主题', L.sessionTitleMax),
      date: date('日期'),
      start: clock('开始时间'),
      end: clock('结束时间'),
      place: text('地点', L.placeMax),
      hosts: list(
        '主持方',
        entry('主持方', { side: oneOf('主持方', SIDES), name: text('主持人姓名', 20) }),
        L.hostsMax,
        1,
      ),
      topicIds: agenda.default([]),
    }),
    output: returns<SessionDetail>(),
  },
  setAgenda: {
    input: z.object({ sessionId, topicIds: agenda }),
    output: returns<SessionDetail>(),
  },
  signUpSession: {
    input: z.object({ sessionId }),
    output: returns<SessionCard>(),
  },
  /** The organiser's key for the door QR (staff). */
  checkInKey: {
    input: z.object({ sessionId }),
    output: returns<CheckInKey>(),
  },
  /** Scanning the QR at the door; repeating it answers the same. */
  checkInSession: {
    input: z.object({ sessionId, token: text('签到码', 40) }),
    output: returns<SessionCard>(),
  },
  recordMinutes: {
    input: z.object({
      sessionId,
      minutes: text('纪要', L.minutesMax),
      commitments: list(
        '承诺事项',
        entry('承诺事项', {
          text: text('承诺内容', L.commitmentMax),
          side: oneOf('责任方', SIDES),
          dueDate: date('完成期限'),
          topicId: id('议题').optional(),
        }),
        L.commitmentsMax,
      ).default([]),
    }),
    output: returns<SessionDetail>(),
  },
  /** 公示: open commitments (or recently done ones), for anyone who opened the station. */
  commitmentBoard: {
    input: z.object({ status: oneOf('状态', ['open', 'done']).default('open'), ...page }),
    output: returns<Page<CommitmentView>>(),
  },
  completeCommitment: {
    input: z.object({ commitmentId: id('承诺事项'), note: text('完成情况', L.noteMax) }),
    output: returns<CommitmentView>(),
  },
}
