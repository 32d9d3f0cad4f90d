/**
 * Another station's volunteering never shows at 馨安: its activities, teams, attendance, points,
 * rewards and vouchers appear in no answer to anyone here (staff included), and their ids lead
 * nowhere. 孙晓 is registered at both stations: at 馨安 he sees only 馨安's.
 */
import { entryId } from '../../../cloudfunctions/_kernel/ledger'
import type { RedemptionDoc } from '../../../types/volunteer/entities'
import { checkinId } from '../../../types/volunteer/ids'
import type { TestCloud } from '../support/cloud'
import { OTHER, P } from '../support/fixtures'
import { expectRefused } from '../support/helpers'
import { docs, tokenFor, V, volunteerCloud } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => {
  t = await volunteerCloud()
  // The other station's own life: a sign-up, a check-in, a voucher verified, a featured neighbour.
  const at = { stationId: OTHER }
  await t.ok(
    P.otherResident,
    'volunteer',
    'checkIn',
    { activityId: 'ac-other-2', token: tokenFor('ac-other-2', 'in', 0, OTHER) },
    at,
  )
  await t.ok(P.otherStaff, 'volunteer', 'featureNeighbour', { name: '外好人', story: '外站的事迹' }, at)
  await t.ok(P.otherStaff, 'volunteer', 'saveTeam', { name: '外站第二队' }, at)
})
afterAll(() => t.stop())

const MARKERS = ['外站', '外居民', '外好人', 'ac-other', 'rw-other', 'vt-other', 'mb-ot-', '外孙晓']

function leaks(answer: unknown): string[] {
  const text = JSON.stringify(answer)
  return MARKERS.filter((m) => text.includes(m))
}

const READS: [string, Record<string, unknown>][] = [
  ['listTeams', {}],
  ['listActivities', { when: 'upcoming', limit: 100 }],
  ['listActivities', { when: 'past', limit: 100 }],
  ['listActivities', { when: 'week', limit: 100 }],
  ['managedActivities', { limit: 100 }],
  ['mySignups', { when: 'upcoming', limit: 100 }],
  ['mySignups', { when: 'past', limit: 100 }],
  ['myPoints', { limit: 100 }],
  ['myCorrections', {}],
  ['correctionQueue', {}],
  ['volunteerStats', {}],
  ['listRewards', { limit: 100 }],
  ['manageRewards', { limit: 100 }],
  ['myVouchers', { limit: 100 }],
  ['verifiedVouchers', { limit: 100 }],
  ['honourRoll', { period: 'all', by: 'hours' }],
  ['honourRoll', { period: 'all', by: 'points' }],
  ['honourRoll', { period: 'month', by: 'hours' }],
]

test.each([
  ['馨安 站长', P.staff],
  ['an organiser', V.organiser.openid],
  ['a merchant', V.merchant.openid],
  ['孙晓, also registered at the other station', V.volunteer.openid],
  ['a guest', P.guest],
])('%s reads every list here and sees nothing of the other station', async (_who, openid) => {
  const found: string[] = []
  for (const [action, input] of READS) {
    const res = await t.call(openid, 'volunteer', action as never, input)
    if (res.ok) found.push(...leaks(res.data).map((m) => `${action}: ${m}`))
  }
  expect(found).toEqual([])
})

test("the marker check works: the other station's own people see its data", async () => {
  const res = await t.ok(P.otherStaff, 'volunteer', 'listActivities', { when: 'past' }, { stationId: OTHER })
  expect(leaks(res).length).toBeGreaterThan(0)
})

test("ids of the other station's records lead nowhere from here", async () => {
  const voucher = docs<RedemptionDoc>(t, 'redemptions', { stationId: OTHER })[0]
  const attended = checkinId(OTHER, 'ac-other-1', 'mb-ot-res')
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'getActivity', { activityId: 'ac-other-1' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'roster', { activityId: 'ac-other-2' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'cancelActivity', { activityId: 'ac-other-2', reason: '试试' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.resident, 'volunteer', 'signUp', { activityId: 'ac-other-2' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.volunteer.openid, 'volunteer', 'redeem', { rewardId: 'rw-other-1', requestKey: 'x1' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'checkVoucher', { code: voucher.code }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'verifyVoucher', { code: voucher.code }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'memberPoints', { memberId: 'mb-ot-res' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'reversePoints', {
      entryId: entryId(OTHER, `attend:${attended}`),
      reason: '试试',
    }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.volunteer.openid, 'volunteer', 'requestCorrection', {
      checkinId: attended,
      minutes: 10,
      reason: '试试',
    }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.staff, 'volunteer', 'markAttendance', {
      activityId: 'ac-other-2',
      memberId: 'mb-ot-res',
      direction: 'in',
      at: new Date().toISOString(),
      reason: '试试',
    }),
  )
})
