/**
 * 邻里夜话's authorization matrix: every action × who is asking, as one table for the shared helper
 * (tests/cloud/support/matrix.ts), which checks each cell and that a refused one wrote nothing.
 * Each cell's input is valid (and `arrange` puts the topic where the move is possible), so the only
 * reason to refuse is the caller.
 */
import { actions } from '../../../cloudfunctions/forum'
import { qrKey } from '../../../cloudfunctions/_kernel/qrToken'
import { signToken, windowAt } from '../../../types/qrToken'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { authorizationMatrix, F, NM, ok, same } from '../support/matrix'
import type { MatrixRow } from '../support/matrix'
import { COMING_SESSION, FP, forumCloud, PAST_SESSION, T } from './support'
import { modifyRecord, wireDate } from '../support/helpers'

jest.setTimeout(60_000)

const WHO = {
  guest: P.guest, //                 opened 馨安, never registered
  pending: P.pending, //             registered, waiting
  resident: P.resident, //           刘阿姨: author of topics 4 (assigned to 物业) and 9
  propertyRep: FP.propertyRep, //    钱志刚, 物业代表 (sideRep only)
  committeeRep: FP.committeeRep, //  孙丽华, 业委会代表
  head: P.head1, //                  楼长, not staff
  otherStaff: P.otherStaff, //       站长 of another station
  staff: P.staff, //                 站长 of 馨安
} as const
type Who = keyof typeof WHO

const day = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)

/** 刘阿姨's topic 4 answered by 物业 (so she may confirm or rate), or also confirmed (so she may reopen). */
const answered = async (t: TestCloud) =>
  void (await t.ok(FP.propertyRep, 'forum', 'answerTopic', { topicId: T.assigned, text: '已增加清运次数' }))
const resolved = async (t: TestCloud) => {
  await answered(t)
  await t.ok(P.resident, 'forum', 'confirmResolved', { topicId: T.assigned })
}

/** The coming session moved to now, so the door is open. */
async function sessionNow(t: TestCloud) {
  const iso = (ms: number) => wireDate(ms)
  await modifyRecord(
    t,
    'talkSessions',
    { _id: COMING_SESSION },
    { $set: { startAt: iso(-600_000), endAt: iso(3600_000) } },
  )
}
const subject = `talkSession:${COMING_SESSION}`
const doorToken = () => ({
  sessionId: COMING_SESSION,
  token: signToken(qrKey(XINAN, subject), subject, 'in', windowAt(Date.now())),
})

const schedule = {
  title: '一月邻里夜话会',
  date: day(20),
  start: '19:30',
  end: '21:00',
  place: '驿站议事厅',
  hosts: [{ side: 'partyBranch', name: '李建华' }],
  topicIds: [T.accepted],
}
const minutes = {
  sessionId: PAST_SESSION,
  minutes: '会议纪要补充',
  commitments: [{ text: '东门加装减速带', side: 'community', dueDate: day(30) }],
}

// prettier-ignore
const MATRIX: MatrixRow<'forum', Who>[] = [
  //                                  guest pending resident propRep commRep head otherStaff staff
  { action: 'raiseTopic',         cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ title: '南门路灯不亮', body: '两盏路灯坏了', category: 'repairs' }) },
  { action: 'listTopics',         cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ sort: 'hot' }) },
  { action: 'searchTopics',       cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ q: '电梯' }) },
  { action: 'topic',              cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ topicId: T.overdue }) },
  { action: 'myTopics',           cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({}) },
  { action: 'replies',            cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ topicId: T.overdue }) },
  { action: 'replyTopic',         cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ topicId: T.overdue, body: '同感' }) },
  { action: 'supportTopic',       cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ topicId: T.submitted }) },
  { action: 'withdrawSupport',    cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ topicId: T.submitted }) },
  { action: 'reportContent',      cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ targetType: 'topic', targetId: T.overdue, reason: '广告' }) },
  { action: 'handlingQueue',      cells: [NM, F,  F,  ok, ok, F,  NM, ok], input: same({ view: 'withSides' }) },
  { action: 'queueCounts',        cells: [NM, F,  F,  ok, ok, F,  NM, ok], input: same({}) },
  { action: 'acceptTopic',        cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ topicId: T.submitted }) },
  { action: 'declineTopic',       cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ topicId: T.submitted, reason: '不属于驿站职责' }) },
  { action: 'assignTopic',        cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ topicId: T.accepted, side: 'community', dueDate: day(7) }) },
  { action: 'handBackTopic',      cells: [NM, F,  F,  ok, F,  F,  NM, F ], input: same({ topicId: T.assigned, reasonCode: 'notOurs', reason: '不归物业' }) },
  { action: 'postProgress',       cells: [NM, F,  F,  ok, F,  F,  NM, F ], input: same({ topicId: T.assigned, note: '已排班' }) },
  { action: 'answerTopic',        cells: [NM, F,  F,  ok, F,  F,  NM, F ], input: same({ topicId: T.assigned, text: '已增加清运' }) },
  { action: 'closeTopic',         cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ topicId: T.accepted, reason: '重复议题' }) },
  { action: 'confirmResolved',    cells: [NM, F,  ok, F,  F,  F,  NM, F ], input: same({ topicId: T.assigned }), arrange: answered },
  { action: 'rateTopic',          cells: [NM, F,  ok, F,  F,  F,  NM, F ], input: same({ topicId: T.assigned, score: 4 }), arrange: answered },
  { action: 'reopenTopic',        cells: [NM, F,  ok, F,  F,  F,  NM, F ], input: same({ topicId: T.assigned, reason: '又有味道了' }), arrange: resolved },
  { action: 'reportQueue',        cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({}) },
  { action: 'hideContent',        cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ targetType: 'topic', targetId: T.submitted, reason: '含个人信息' }) },
  { action: 'restoreContent',     cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ targetType: 'topic', targetId: T.hidden, reason: '已修改' }) },
  { action: 'listSessions',       cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ when: 'past' }) },
  { action: 'session',            cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ sessionId: PAST_SESSION }) },
  { action: 'scheduleSession',    cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same(schedule) },
  { action: 'setAgenda',          cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ sessionId: COMING_SESSION, topicIds: [T.accepted] }) },
  { action: 'signUpSession',      cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({ sessionId: COMING_SESSION }) },
  { action: 'checkInKey',         cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ sessionId: COMING_SESSION }) },
  { action: 'checkInSession',     cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: doorToken, arrange: sessionNow },
  { action: 'recordMinutes',      cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same(minutes) },
  // 公示 is public to anyone who opened the station.
  { action: 'commitmentBoard',    cells: [ok, ok, ok, ok, ok, ok, ok, ok], input: same({}) },
  { action: 'completeCommitment', cells: [NM, F,  F,  ok, F,  F,  NM, ok], input: same({ commitmentId: 'cm-xinan-1', note: '主板已更换' }) },
  { action: 'figures',            cells: [NM, F,  ok, ok, ok, ok, NM, ok], input: same({}) },
  { action: 'exportTopics',       cells: [NM, F,  F,  F,  F,  F,  NM, ok], input: same({ from: '2026-01-01', to: day(0) }) },
  // Maintenance: the admin token decides, never who the caller is.
  { action: 'rebuildCounters',    cells: [F,  F,  F,  F,  F,  F,  F,  F ], input: same({ adminToken: 'not-the-admin-token' }) },
]

authorizationMatrix({ fn: 'forum', actions, who: WHO, rows: MATRIX, seeded: forumCloud })
