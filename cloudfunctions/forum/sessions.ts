/** Evening sessions (夜话会) as answers: cards, the full session with agenda and commitments. */
import type { CommitmentDoc, SessionSignupDoc, TalkSessionDoc, TopicDoc } from '../../types/forum/entities'
import type { CommitmentView, SessionCard, SessionDetail } from '../../types/forum/views'
import type { StationCtx } from '../_kernel/action'
import { invalid, notFound } from '../_kernel/errors'
import { inList } from '../_kernel/query'
import { viewerOf } from './access'
import { signupId } from '../../types/forum/ids'
import { CARD_FIELDS, toCard } from './views'
import type { CardSource } from './views'

/** The door QR works from an hour before the start until an hour after the end. */
export const CHECK_IN_MARGIN_MS = 3600 * 1000

export const sessionSubject = (sessionId: string) => `talkSession:${sessionId}`

/** Whether the door QR checks people in now: not cancelled, and inside the margins. */
export function doorOpen(s: TalkSessionDoc, now: Date): boolean {
  const t = now.getTime()
  return (
    s.status !== 'cancelled' &&
    t >= new Date(s.startAt).getTime() - CHECK_IN_MARGIN_MS &&
    t <= new Date(s.endAt).getTime() + CHECK_IN_MARGIN_MS
  )
}

export async function sessionOf(ctx: StationCtx, sessionId: string): Promise<TalkSessionDoc> {
  const session = await ctx.db.talkSessions.byId(sessionId)
  if (!session) throw notFound('没有找到这场夜话会')
  return session
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

export function toSessionCard(s: TalkSessionDoc, mine: SessionSignupDoc | null, now: Date): SessionCard {
  return {
    sessionId: s._id,
    title: s.title,
    startAt: iso(s.startAt)!,
    endAt: iso(s.endAt)!,
    place: s.place,
    hosts: s.hosts,
    status: s.status,
    past: new Date(s.endAt) < now,
    checkInOpen: doorOpen(s, now),
    agendaCount: s.agenda.length,
    signupCount: s.signupCount,
    checkinCount: s.checkinCount,
    hasMinutes: !!s.minutes,
    signedUp: !!mine?.signedUpAt,
    checkedIn: !!mine?.checkedInAt,
  }
}

export function toCommitment(c: CommitmentDoc, now: Date): CommitmentView {
  return {
    commitmentId: c._id,
    sessionId: c.sessionId,
    sessionTitle: c.sessionTitle,
    topicId: c.topicId,
    text: c.text,
    side: c.side,
    dueDate: c.dueDate,
    status: c.status,
    overdue: c.status === 'open' && new Date(c.dueAt) < now,
    doneAt: iso(c.doneAt),
    doneNote: c.doneNote,
  }
}

export async function mySignup(ctx: StationCtx, sessionId: string): Promise<SessionSignupDoc | null> {
  const me = ctx.member?._id
  return me ? ctx.db.sessionSignups.byId(signupId(sessionId, me)) : null
}

/** The session with its agenda (most supported first; hidden topics left out for residents) and commitments. */
export async function sessionDetail(ctx: StationCtx, s: TalkSessionDoc): Promise<SessionDetail> {
  const viewer = viewerOf(ctx)
  const [topics, commitments, mine] = await Promise.all([
    s.agenda.length
      ? ctx.db.topics.find({ _id: inList(s.agenda) }, { limit: s.agenda.length, fields: CARD_FIELDS })
      : Promise.resolve([] as TopicDoc[]),
    ctx.db.commitments.find({ sessionId: s._id }, { orderBy: [['dueAt', 'asc']], limit: 100 }),
    mySignup(ctx, s._id),
  ])
  const agenda = (topics as CardSource[])
    .filter((t) => !t.hidden || viewer.staff)
    .sort((a, b) => b.supportCount - a.supportCount)
    .map((t) => toCard(t, viewer, ctx.now))
  return {
    ...toSessionCard(s, mine, ctx.now),
    agenda,
    minutes: s.minutes,
    minutesAt: iso(s.minutesAt),
    commitments: commitments.map((c) => toCommitment(c, ctx.now)),
  }
}

/** Agenda topic ids, checked to exist here, ordered most supported first. */
export async function agendaOf(ctx: StationCtx, topicIds: string[]): Promise<string[]> {
  const ids = [...new Set(topicIds)]
  if (ids.length === 0) return []
  const found = await ctx.db.topics.find(
    { _id: inList(ids) },
    { limit: ids.length, fields: { supportCount: true, hidden: true } },
  )
  const known = new Map(found.map((t) => [t._id, t]))
  const missing = topicIds.findIndex((id) => !known.get(id) || known.get(id)!.hidden)
  if (missing >= 0) throw invalidTopic(missing)
  return ids.sort((a, b) => known.get(b)!.supportCount - known.get(a)!.supportCount)
}

const invalidTopic = (i: number) => invalid(`topicIds.${i}`, `议程里第${i + 1}个议题不存在或已隐藏`)
