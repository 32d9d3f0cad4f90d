/**
 * The wish state machine (cloudfunctions/wish/machine.ts), pure: every transition from every
 * status by every kind of caller either follows the table or is a typed refusal in plain Chinese;
 * nothing leaves a terminal status; the clock's moves fall due exactly at `dueAt`; the input
 * wish is never changed.
 */
import { AppError } from '../../cloudfunctions/_kernel/errors'
import {
  CLOCK_TRANSITIONS,
  dueAt,
  dueTransition,
  movesFor,
  transition,
  TRANSITIONS,
} from '../../cloudfunctions/wish/machine'
import type { Caller, Transition } from '../../cloudfunctions/wish/machine'
import { WISH_STATUSES } from '../../types/wish/entities'
import type { WishDoc, WishStatus } from '../../types/wish/entities'

const DAY = 24 * 3600 * 1000
const NOW = new Date('2026-12-01T04:00:00Z')
const SETTINGS = { claimTimeoutDays: 7, autoConfirmDays: 3, pointsPerWish: 10 }

function wishAt(status: WishStatus, extra: Partial<WishDoc> = {}): WishDoc {
  const claimed = ['claimed', 'fulfilled', 'confirmed', 'disputed'].includes(status)
  return {
    _id: 'w1',
    stationId: 's1',
    title: '换水龙头',
    description: '',
    category: 'repair',
    neededBy: '2026-12-10',
    neededByEnd: new Date('2026-12-10T16:00:00Z'),
    buildingId: 'b1',
    buildingName: '1栋',
    wisherId: 'wisher',
    wisherName: '刘阿姨',
    postedById: 'wisher',
    postedVia: 'self',
    images: [],
    status,
    reviewedById: null,
    reviewedAt: null,
    rejectReason: '',
    flagged: false,
    claimerId: claimed ? 'claimer' : null,
    claimerName: claimed ? '孙晓' : '',
    claimedAt: claimed ? new Date(NOW.getTime() - DAY) : null,
    progressAt: claimed ? new Date(NOW.getTime() - DAY) : null,
    progressNote: '',
    fulfilledAt: ['fulfilled', 'confirmed', 'disputed'].includes(status)
      ? new Date(NOW.getTime() - DAY)
      : null,
    fulfilNote: '',
    fulfilImages: [],
    confirmedAt: status === 'confirmed' ? NOW : null,
    confirmedById: null,
    points: status === 'confirmed' ? 10 : 0,
    disputeReason: '',
    disputedAt: null,
    resolution: '',
    thanks: '',
    thankedAt: null,
    dueAt: null,
    createdAt: new Date(NOW.getTime() - 2 * DAY),
    updatedAt: new Date(NOW.getTime() - DAY),
    ...extra,
  }
}

const person = (memberId: string, more: Partial<Caller> = {}): Caller => ({
  memberId,
  name: memberId,
  staff: false,
  helper: false,
  ...more,
})
const CALLERS: Record<string, Caller | null> = {
  wisher: person('wisher'),
  claimer: person('claimer', { helper: true }),
  helper: person('helper', { helper: true }),
  neighbour: person('neighbour'),
  staff: person('staff', { staff: true }),
  clock: null,
}
const TYPED = ['FORBIDDEN', 'TAKEN', 'EXPIRED', 'CONFLICT']
const ALL = Object.keys(TRANSITIONS) as Transition[]

describe.each(WISH_STATUSES)('from %s', (status) => {
  test.each(ALL)('%s: follows the table or is a typed refusal, and never changes its input', (t) => {
    for (const [who, caller] of Object.entries(CALLERS)) {
      const wish = wishAt(status)
      const before = JSON.stringify(wish)
      const at = caller === null ? new Date(NOW.getTime() + 30 * DAY) : NOW
      try {
        const { next, changed } = transition(wish, t, caller, at, SETTINGS, { text: '说明', images: ['f'] })
        if (changed) {
          expect([who, TRANSITIONS[t].from]).toEqual([who, expect.arrayContaining([status])])
          expect(next.status).toBe(TRANSITIONS[t].to)
          expect(next.updatedAt).toBe(at)
        } else expect(next.status).toBe(TRANSITIONS[t].to)
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        expect(TYPED).toContain(err.code)
        expect(err.message).toMatch(/[\u4e00-\u9fff]/)
      }
      expect(JSON.stringify(wish)).toBe(before)
    }
  })
})

test('rejected, expired and withdrawn wishes are at rest: no one can move them', () => {
  for (const status of ['rejected', 'expired', 'withdrawn'] as const)
    for (const caller of Object.values(CALLERS)) {
      if (caller) expect(movesFor(wishAt(status), caller, NOW, SETTINGS)).toEqual([])
      for (const t of ALL) {
        let moved = false
        try {
          moved = transition(wishAt(status), t, caller, NOW, SETTINGS).changed
        } catch {
          moved = false
        }
        expect([status, t, moved]).toEqual([status, t, false])
      }
    }
})

test('the refusals the issue names: confirm before fulfil, claim your own, claim rejected or expired', () => {
  const code = (fn: () => unknown) => {
    try {
      fn()
    } catch (err) {
      return (err as AppError).code
    }
    return 'ok'
  }
  expect(code(() => transition(wishAt('claimed'), 'confirm', CALLERS.wisher, NOW, SETTINGS))).toBe('CONFLICT')
  const ownHelper = person('wisher', { helper: true })
  expect(code(() => transition(wishAt('open'), 'claim', ownHelper, NOW, SETTINGS))).toBe('FORBIDDEN')
  expect(code(() => transition(wishAt('rejected'), 'claim', CALLERS.helper, NOW, SETTINGS))).toBe('CONFLICT')
  expect(code(() => transition(wishAt('expired'), 'claim', CALLERS.helper, NOW, SETTINGS))).toBe('EXPIRED')
  expect(code(() => transition(wishAt('claimed'), 'claim', CALLERS.helper, NOW, SETTINGS))).toBe('TAKEN')
  const passed = wishAt('open', { neededByEnd: new Date(NOW.getTime() - 1) })
  expect(code(() => transition(passed, 'claim', CALLERS.helper, NOW, SETTINGS))).toBe('EXPIRED')
  const posted = wishAt('open', { postedById: 'helper', postedVia: 'proxy' })
  expect(code(() => transition(posted, 'claim', CALLERS.helper, NOW, SETTINGS))).toBe('FORBIDDEN')
})

test('confirming pays the settings’ points; a repeated confirm is the same answer, not a second move', () => {
  const first = transition(wishAt('fulfilled'), 'confirm', CALLERS.wisher, NOW, SETTINGS, { text: '谢谢' })
  expect(first.next).toMatchObject({
    status: 'confirmed',
    points: 10,
    thanks: '谢谢',
    confirmedById: 'wisher',
  })
  expect(TRANSITIONS.confirm.pays).toBe(true)
  const again = transition(first.next, 'confirm', CALLERS.wisher, NOW, SETTINGS)
  expect(again.changed).toBe(false)
})

test('the clock’s moves fall due exactly at dueAt, never before', () => {
  const cases: [WishStatus, Partial<WishDoc>][] = [
    ['open', {}],
    ['claimed', {}],
    ['fulfilled', {}],
  ]
  for (const [status, extra] of cases) {
    const wish = wishAt(status, extra)
    const at = dueAt(wish, SETTINGS)!
    expect(dueTransition(wish, new Date(at.getTime() - 1), SETTINGS)).toBeNull()
    const t = dueTransition(wish, at, SETTINGS)
    expect(CLOCK_TRANSITIONS).toContain(t)
    expect(transition(wish, t!, null, at, SETTINGS).next.status).toBe(TRANSITIONS[t!].to)
    expect(() => transition(wish, t!, null, new Date(at.getTime() - 1), SETTINGS)).toThrow('还没到时间')
  }
  for (const status of ['pending', 'confirmed', 'disputed', 'rejected', 'expired', 'withdrawn'] as const)
    expect(dueAt(wishAt(status), SETTINGS)).toBeNull()
})

test('the buttons each person gets', () => {
  const open = wishAt('open')
  expect(movesFor(open, person('wisher'), NOW, SETTINGS)).toEqual(['withdraw'])
  expect(movesFor(open, CALLERS.helper!, NOW, SETTINGS)).toEqual(['claim'])
  expect(movesFor(open, CALLERS.neighbour!, NOW, SETTINGS)).toEqual([])
  expect(movesFor(open, CALLERS.staff!, NOW, SETTINGS)).toEqual(['withdraw'])
  expect(movesFor(wishAt('claimed'), CALLERS.claimer!, NOW, SETTINGS).sort()).toEqual([
    'fulfil',
    'progress',
    'release',
  ])
  expect(movesFor(wishAt('fulfilled'), CALLERS.wisher!, NOW, SETTINGS).sort()).toEqual(['confirm', 'dispute'])
  expect(movesFor(wishAt('fulfilled'), CALLERS.staff!, NOW, SETTINGS)).toEqual(['confirm'])
  expect(movesFor(wishAt('disputed'), CALLERS.staff!, NOW, SETTINGS)).toEqual(['resolve'])
  expect(movesFor(wishAt('pending'), CALLERS.staff!, NOW, SETTINGS)).toEqual(['review', 'withdraw'])
  expect(movesFor(wishAt('confirmed'), CALLERS.wisher!, NOW, SETTINGS)).toEqual(['thank'])
  expect(movesFor(wishAt('confirmed', { thanks: '谢谢' }), CALLERS.wisher!, NOW, SETTINGS)).toEqual([])
})
