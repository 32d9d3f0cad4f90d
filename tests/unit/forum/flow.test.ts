/**
 * The topic state machine (types/forum/flow.ts), walked exhaustively: every status × every move ×
 * every kind of person, against a table written out here independently of the module's own. Then
 * the moves' particulars: where each leads, what it must carry, the reopen period, escalation.
 */
import type { Side } from '../../../types/entities'
import { TOPIC_STATUSES } from '../../../types/forum/entities'
import type { TopicStatus } from '../../../types/forum/entities'
import { allowedMoves, decide, ESCALATE_AT, REOPEN_DAYS, TOPIC_EVENTS } from '../../../types/forum/flow'
import type { Capacity, FlowTopic, Move, TopicEvent } from '../../../types/forum/flow'

const NOW = Date.parse('2026-11-20T02:00:00Z')
const DAY = 24 * 3600 * 1000
const SIDE: Side = 'propertyCompany'

const PEOPLE = ['author', 'supporter', 'staff', 'holdingSide', 'otherSide', 'resident', 'system'] as const
type Person = (typeof PEOPLE)[number]

const NOBODY: Capacity = { author: false, supporter: false, staff: false, side: null }
const capacity: Record<Person, Capacity> = {
  author: { ...NOBODY, author: true },
  supporter: { ...NOBODY, supporter: true },
  staff: { ...NOBODY, staff: true },
  holdingSide: { ...NOBODY, side: SIDE },
  otherSide: { ...NOBODY, side: 'ownersCommittee' },
  resident: NOBODY,
  system: { ...NOBODY, system: true },
}

/** A topic in each status as the product makes it: a side from assignment on, resolved a day ago. */
function topicIn(status: TopicStatus): FlowTopic {
  const withSide = ['assigned', 'inProgress', 'replied', 'resolved', 'rated', 'closed'].includes(status)
  return {
    status,
    holder: 'station',
    side: withSide ? SIDE : null,
    resolvedAt: ['resolved', 'rated'].includes(status) ? NOW - DAY : null,
    dueAt: NOW - 3600_000,
    overdueAt: null,
  }
}

/** Everything any move could need, all valid. */
const full = (event: TopicEvent): Move => ({
  event,
  now: NOW,
  side: 'community',
  dueDate: '2026-12-01',
  text: '说明文字',
  reasonCode: 'needsInfo',
  score: 4,
})

// The expected table, written out: move → person → statuses it is allowed from.
const OPEN: TopicStatus[] = ['submitted', 'accepted', 'assigned', 'inProgress', 'replied', 'resolved']
const ALLOWED: Record<TopicEvent, Partial<Record<Person, TopicStatus[]>>> = {
  accept: { staff: ['submitted'] },
  decline: { staff: ['submitted'] },
  assign: { staff: ['accepted', 'assigned', 'inProgress'] },
  handBack: { holdingSide: ['assigned', 'inProgress'] },
  progress: { holdingSide: ['assigned', 'inProgress'] },
  reply: { holdingSide: ['assigned', 'inProgress'] },
  confirm: { author: ['replied'] },
  rate: { author: ['replied', 'resolved', 'rated'], supporter: ['replied', 'resolved', 'rated'] },
  reopen: { author: ['resolved', 'rated'] },
  close: { staff: OPEN, author: ['submitted'] },
  flagOverdue: { system: ['assigned', 'inProgress'] },
}

/** Where an allowed move leads (a supporter's rating and the overdue flag leave the status). */
const LEADS_TO: Record<TopicEvent, TopicStatus | 'same'> = {
  accept: 'accepted',
  decline: 'declined',
  assign: 'assigned',
  handBack: 'accepted',
  progress: 'inProgress',
  reply: 'replied',
  confirm: 'resolved',
  rate: 'rated',
  reopen: 'inProgress',
  close: 'closed',
  flagOverdue: 'same',
}

const SIDE_MOVES: TopicEvent[] = ['handBack', 'progress', 'reply']

function expectedRefusal(event: TopicEvent, person: Person, status: TopicStatus): 'FORBIDDEN' | 'CONFLICT' {
  const entitled = Object.keys(ALLOWED[event]).includes(person)
  const sideOfTopic = topicIn(status).side
  // A representative is "holding" only once the topic has a side.
  if (person === 'holdingSide' && entitled && !sideOfTopic) return 'CONFLICT'
  if (entitled) return 'CONFLICT'
  if (SIDE_MOVES.includes(event) && (person === 'holdingSide' || person === 'otherSide'))
    return sideOfTopic ? 'FORBIDDEN' : 'CONFLICT'
  return 'FORBIDDEN'
}

const cases = TOPIC_STATUSES.flatMap((status) =>
  TOPIC_EVENTS.flatMap((event) => PEOPLE.map((person) => [status, event, person] as const)),
)

describe('every status × move × person', () => {
  test.each(cases)('%s · %s · by %s', (status, event, person) => {
    const verdict = decide(topicIn(status), capacity[person], full(event))
    const allowed = ALLOWED[event][person]?.includes(status) ?? false
    if (!allowed) {
      expect(verdict).toMatchObject({ ok: false, code: expectedRefusal(event, person, status) })
      if (!verdict.ok) expect(verdict.message).toMatch(/[\u4e00-\u9fff]/)
      return
    }
    if (!verdict.ok) throw new Error(`${event} from ${status} by ${person} refused: ${verdict.message}`)
    const leads = person === 'supporter' && event === 'rate' ? 'same' : LEADS_TO[event]
    expect(verdict.status).toBe(leads === 'same' ? status : leads)
  })

  test(`the table covers ${cases.length} combinations, and allowedMoves agrees with decide on each`, () => {
    expect(cases).toHaveLength(9 * 11 * 7)
    for (const status of TOPIC_STATUSES)
      for (const person of PEOPLE) {
        const offered = allowedMoves(topicIn(status), capacity[person])
        const decided = TOPIC_EVENTS.filter(
          (e) => e !== 'flagOverdue' && decide(topicIn(status), capacity[person], full(e)).ok,
        )
        expect([status, person, offered]).toEqual([status, person, decided])
      }
  })
})

describe('what the moves lead to', () => {
  test('assign hands the topic to the side with its due date; handing back returns it to the station without a side', () => {
    const assigned = decide(topicIn('accepted'), capacity.staff, full('assign'))
    expect(assigned).toMatchObject({ ok: true, status: 'assigned', holder: 'community', side: 'community' })
    const back = decide(topicIn('assigned'), capacity.holdingSide, full('handBack'))
    expect(back).toMatchObject({ ok: true, status: 'accepted', holder: 'station', side: null })
    if (back.ok) expect(back.steps).toEqual([{ step: 'handedBack', by: 'side', holder: 'station' }])
  })

  test('the official reply passes the topic to its author; confirming resolves it', () => {
    expect(decide(topicIn('inProgress'), capacity.holdingSide, full('reply'))).toMatchObject({
      status: 'replied',
      holder: 'author',
    })
    expect(decide(topicIn('replied'), capacity.author, full('confirm'))).toMatchObject({
      status: 'resolved',
      resolvedAt: 'set',
    })
  })

  test('the author rating 3 or more straight after the reply resolves and rates it in two steps', () => {
    const v = decide(topicIn('replied'), capacity.author, { ...full('rate'), score: 3 })
    expect(v).toMatchObject({ ok: true, status: 'rated', holder: 'none', resolvedAt: 'set', escalate: false })
    if (v.ok) expect(v.steps.map((s) => s.step)).toEqual(['resolved', 'rated'])
  })

  test.each([1, ESCALATE_AT])(
    "the author's rating of %i reopens the topic with its side and escalates it to the 站长",
    (score) => {
      for (const status of ['replied', 'resolved', 'rated'] as TopicStatus[]) {
        const v = decide(topicIn(status), capacity.author, { ...full('rate'), score })
        expect(v).toMatchObject({
          ok: true,
          status: 'inProgress',
          holder: SIDE,
          escalate: true,
          resolvedAt: 'clear',
        })
        if (v.ok) expect(v.steps.map((s) => s.step)).toEqual(['rated', 'reopened', 'escalated'])
      }
    },
  )

  test("a supporter's rating, even a low one, changes neither status nor holder", () => {
    const v = decide(topicIn('resolved'), capacity.supporter, { ...full('rate'), score: 1 })
    expect(v).toMatchObject({ ok: true, status: 'resolved', escalate: false, steps: [] })
  })

  test('flagging overdue adds one system entry and needs the due day to have passed, once', () => {
    const v = decide(topicIn('assigned'), capacity.system, full('flagOverdue'))
    expect(v).toMatchObject({ ok: true, status: 'assigned', steps: [{ step: 'overdue', by: 'system' }] })
    const notYet = { ...topicIn('assigned'), dueAt: NOW + DAY }
    expect(decide(notYet, capacity.system, full('flagOverdue'))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    const already = { ...topicIn('assigned'), overdueAt: NOW - 1000 }
    expect(decide(already, capacity.system, full('flagOverdue'))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })
})

describe('what a move must carry, and when it is too late', () => {
  test.each([
    ['decline', 'submitted', 'staff', 'reason'],
    ['close', 'accepted', 'staff', 'reason'],
    ['handBack', 'assigned', 'holdingSide', 'reason'],
    ['progress', 'assigned', 'holdingSide', 'note'],
    ['reply', 'inProgress', 'holdingSide', 'text'],
    ['reopen', 'resolved', 'author', 'reason'],
  ] as const)('%s without words is refused, naming the field %s', (event, status, person, field) => {
    for (const text of ['', '   ', undefined])
      expect(decide(topicIn(status), capacity[person], { ...full(event), text })).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        field,
      })
  })

  test('handing back needs a reason code as well as a text', () => {
    expect(
      decide(topicIn('assigned'), capacity.holdingSide, { ...full('handBack'), reasonCode: null }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field: 'reasonCode',
    })
  })

  test('assigning needs a side and a due date no earlier than today (in China)', () => {
    const t = topicIn('accepted')
    expect(decide(t, capacity.staff, { ...full('assign'), side: null })).toMatchObject({ field: 'side' })
    expect(decide(t, capacity.staff, { ...full('assign'), dueDate: null })).toMatchObject({
      field: 'dueDate',
    })
    expect(decide(t, capacity.staff, { ...full('assign'), dueDate: '2026-11-19' })).toMatchObject({
      field: 'dueDate',
    })
    expect(decide(t, capacity.staff, { ...full('assign'), dueDate: '2026-11-20' })).toMatchObject({
      ok: true,
    })
  })

  test.each([0, 6])('a rating of %i stars is refused', (score) => {
    expect(decide(topicIn('replied'), capacity.author, { ...full('rate'), score })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'score',
    })
  })

  test(`the author reopens or rates again within ${REOPEN_DAYS} days of the resolution, not after`, () => {
    const old = { ...topicIn('rated'), resolvedAt: NOW - (REOPEN_DAYS + 1) * DAY }
    expect(decide(old, capacity.author, full('reopen'))).toMatchObject({ ok: false, code: 'EXPIRED' })
    expect(decide(old, capacity.author, full('rate'))).toMatchObject({ ok: false, code: 'EXPIRED' })
    const recent = { ...topicIn('rated'), resolvedAt: NOW - (REOPEN_DAYS - 1) * DAY }
    expect(decide(recent, capacity.author, full('reopen'))).toMatchObject({ ok: true, status: 'inProgress' })
    // Supporters are not bound by the author's period.
    expect(decide(old, capacity.supporter, full('rate'))).toMatchObject({ ok: true })
  })
})

describe('the refusals the issue names', () => {
  test('rating before the official reply: CONFLICT, saying there is no reply yet', () => {
    for (const status of ['submitted', 'accepted', 'assigned', 'inProgress'] as TopicStatus[]) {
      const v = decide(topicIn(status), capacity.author, full('rate'))
      expect(v).toMatchObject({ ok: false, code: 'CONFLICT' })
      if (!v.ok) expect(v.message).toContain('还没有正式答复')
    }
  })

  test("the property company's representative answering a topic assigned to the owners' committee: FORBIDDEN", () => {
    const committees = { ...topicIn('assigned'), side: 'ownersCommittee' as const }
    const v = decide(committees, capacity.holdingSide, full('reply'))
    expect(v).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    if (!v.ok) expect(v.message).toBe('这个议题交办给了业委会，物业代表不能答复')
  })

  test('the author may withdraw a topic nobody has taken up, not one being worked on', () => {
    expect(decide(topicIn('submitted'), capacity.author, full('close'))).toMatchObject({
      ok: true,
      status: 'closed',
    })
    expect(decide(topicIn('assigned'), capacity.author, full('close'))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })
})
