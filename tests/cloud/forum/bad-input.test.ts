/**
 * Bad inputs across the forum's actions: each is INVALID_INPUT naming the offending field, with a
 * message in plain Chinese and no English words, and writes nothing. Callers may call the action,
 * so the input is the only thing wrong.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { changedCollections, CHINESE, errorOf } from '../support/helpers'
import { COMING_SESSION, FP, forumCloud, PAST_SESSION, T } from './support'

let t: TestCloud
beforeAll(async () => {
  t = await forumCloud()
})
afterAll(() => t.stop())

const CASES: [string, string, Record<string, unknown>, string][] = [
  // [who, action, input, field]
  [P.resident, 'listTopics', { sort: 'loudest' }, 'sort'],
  [P.resident, 'listTopics', { limit: 500 }, 'limit'],
  [P.resident, 'listTopics', { skip: -1 }, 'skip'],
  [P.resident, 'searchTopics', {}, 'q'],
  [P.resident, 'topic', {}, 'topicId'],
  [P.resident, 'topic', { topicId: 'tp/../x' }, 'topicId'],
  [P.resident, 'replies', { topicId: 42 }, 'topicId'],
  [P.resident, 'replyTopic', { topicId: T.overdue, body: '' }, 'body'],
  [P.resident, 'replyTopic', { topicId: T.overdue, body: '字'.repeat(501) }, 'body'],
  [P.resident, 'reportContent', { targetType: 'user', targetId: T.overdue, reason: '广告' }, 'targetType'],
  [P.resident, 'reportContent', { targetType: 'topic', targetId: T.overdue }, 'reason'],
  [P.staff, 'handlingQueue', { view: 'everything' }, 'view'],
  [P.staff, 'assignTopic', { topicId: T.accepted, side: 'mayor', dueDate: '2099-01-01' }, 'side'],
  [P.staff, 'assignTopic', { topicId: T.accepted, side: 'community', dueDate: '2026-02-30' }, 'dueDate'],
  [P.staff, 'declineTopic', { topicId: T.submitted }, 'reason'],
  [
    FP.propertyRep,
    'handBackTopic',
    { topicId: T.assigned, reasonCode: 'lazy', reason: '不想办' },
    'reasonCode',
  ],
  [FP.propertyRep, 'answerTopic', { topicId: T.assigned, text: '字'.repeat(1001) }, 'text'],
  [P.resident, 'rateTopic', { topicId: T.assigned, score: 4.5 }, 'score'],
  [P.resident, 'rateTopic', { topicId: T.assigned, score: 9 }, 'score'],
  [P.resident, 'rateTopic', { topicId: T.assigned, score: 4, comment: '字'.repeat(201) }, 'comment'],
  [P.staff, 'hideContent', { targetType: 'topic', targetId: T.overdue }, 'reason'],
  [P.staff, 'setAgenda', { sessionId: COMING_SESSION, topicIds: Array(21).fill(T.overdue) }, 'topicIds'],
  [
    P.staff,
    'recordMinutes',
    {
      sessionId: PAST_SESSION,
      minutes: '纪要',
      commitments: [{ text: '事', side: 'community', dueDate: 'soon' }],
    },
    'commitments.0.dueDate',
  ],
  [P.resident, 'checkInSession', { sessionId: COMING_SESSION, token: 'not-a-token' }, 'token'],
  [P.resident, 'commitmentBoard', { status: 'forgotten' }, 'status'],
  [P.resident, 'figures', { year: 1999 }, 'year'],
  [P.staff, 'exportTopics', { from: '2026-13-01', to: '2026-12-31' }, 'from'],
]

test.each(CASES)(
  'as %s, forum.%s with %j: INVALID_INPUT naming %s, in Chinese, nothing written',
  async (who, action, input, field) => {
    const before = t.snapshot()
    const error = errorOf(await t.call(who, 'forum', action as never, input))
    expect(error).toEqual({ code: 'INVALID_INPUT', field, message: expect.stringMatching(CHINESE) })
    expect(error.message).not.toMatch(/[A-Za-z]{4,}/)
    expect(changedCollections(before, t.snapshot())).toEqual([])
  },
)
