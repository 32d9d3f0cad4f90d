/**
 * The volunteer function's authorization matrix: every action × who is asking, one table for the
 * shared helper (tests/cloud/support/matrix.ts), which checks each cell and that refusals write
 * nothing. Scope within a role (an organiser and another team's activity, a merchant and another
 * provider's voucher) is tested with the actions themselves.
 */
import { actions } from '../../../cloudfunctions/volunteer'
import { entryId } from '../../../cloudfunctions/_kernel/ledger'
import { attendance } from '../../../localcloud/seed/volunteer-build'
import type { ActivityDoc } from '../../../types/volunteer/entities'
import { checkinId, redemptionId, voucherCode } from '../../../types/volunteer/ids'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { authorizationMatrix, F, NM, ok, same } from '../support/matrix'
import type { MatrixRow } from '../support/matrix'
import { doc, givePoints, LIVE, tokenFor, volunteerCloud } from './support'

jest.setTimeout(30_000)

const WHO = {
  guest: P.guest, //             opened 馨安, never registered
  pending: P.pending, //         registered, waiting
  resident: P.resident, //       verified, no granted role
  organiser: 'demo-organiser', // 活动组织者 of 第一旗手团队 and 青年志愿服务队
  merchant: 'demo-merchant', //  商家 of 老街理发店
  otherStaff: P.otherStaff, //   站长 of another station
  staff: P.staff, //             站长 of 馨安
} as const
type Who = keyof typeof WHO

const MEMBER: Partial<Record<Who, string>> = {
  pending: 'mb-xa-pend1',
  resident: 'mb-xa-res1',
  organiser: 'mb-xa-org',
  merchant: 'mb-xa-merchant',
  staff: 'mb-xa-head',
}
const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()

/** A confirmed hour for the caller at the first seeded activity (for corrections and certificates). */
async function confirmedHour(t: TestCloud, who: Who) {
  const memberId = MEMBER[who]
  if (!memberId || who === 'organiser') return
  const a = doc<ActivityDoc>(t, 'activities', 'ac-xinan-1')
  await t.seed({
    checkins: [
      attendance(a, { _id: memberId, name: who }, { minutes: 60, confirmedBy: 'mb-xa-org', points: 10 }),
    ],
  })
}
const ownAttendance = (who: Who) => checkinId(XINAN, 'ac-xinan-1', MEMBER[who] ?? 'mb-xa-res1')
const VOL_AWARD = entryId(XINAN, `attend:${checkinId(XINAN, 'ac-xinan-1', 'mb-xa-vol1')}`)
const PARTY_VOUCHER = voucherCode(redemptionId(XINAN, 'mb-xa-party1', 'seed-party-haircut'))

const newActivity = () => ({
  title: '新活动',
  category: 'cleanup',
  place: '小区广场',
  teamId: 'vt-xinan-flag1',
  startAt: hours(96),
  endAt: hours(98),
  signupDeadline: hours(72),
  capacity: 10,
  points: { mode: 'fixed', amount: 5 },
})

// prettier-ignore
const MATRIX: MatrixRow<'volunteer', Who>[] = [
  //                                    guest pending resident organiser merchant otherStaff staff
  { action: 'listTeams',          cells: [ok,  ok,     ok,      ok,       ok,      ok,        ok], input: same({}) },
  { action: 'saveTeam',           cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ name: '新的服务队' }) },
  { action: 'listActivities',     cells: [ok,  ok,     ok,      ok,       ok,      ok,        ok], input: same({}) },
  { action: 'getActivity',        cells: [ok,  ok,     ok,      ok,       ok,      ok,        ok], input: same({ activityId: LIVE.open }) },
  { action: 'managedActivities',  cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({}) },
  { action: 'saveActivity',       cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: () => newActivity() },
  { action: 'publishActivity',    cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({ activityId: LIVE.draft }) },
  { action: 'cancelActivity',     cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({ activityId: LIVE.open, reason: '下雨改期' }) },
  { action: 'openCheckin',        cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({ activityId: LIVE.soon }) },
  { action: 'finishActivity',     cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({ activityId: LIVE.on }) },
  { action: 'roster',             cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({ activityId: LIVE.on }) },
  { action: 'signUp',             cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({ activityId: LIVE.open }) },
  { action: 'cancelSignup',       cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({ activityId: LIVE.open }),
    arrange: async (t, who) => void (await t.call(WHO[who], 'volunteer', 'signUp', { activityId: LIVE.open })) },
  { action: 'mySignups',          cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({}) },
  { action: 'checkIn',            cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: () => ({ activityId: LIVE.on, token: tokenFor(LIVE.on, 'in') }) },
  { action: 'checkOut',           cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: () => ({ activityId: LIVE.on, token: tokenFor(LIVE.on, 'out') }),
    arrange: async (t, who) => void (await t.call(WHO[who], 'volunteer', 'checkIn', { activityId: LIVE.on, token: tokenFor(LIVE.on, 'in') })) },
  { action: 'markAttendance',     cells: [NM,  F,      F,       ok,       F,       NM,        ok],
    input: () => ({ activityId: LIVE.on, memberId: 'mb-xa-vol1', direction: 'in', at: hours(-0.05), reason: '手机没电' }) },
  { action: 'confirmHours',       cells: [NM,  F,      F,       ok,       F,       NM,        ok], input: same({ activityId: LIVE.on }) },
  { action: 'requestCorrection',  cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], arrange: confirmedHour,
    input: (who) => ({ checkinId: who === 'organiser' ? checkinId(XINAN, 'ac-xinan-4', 'mb-xa-org') : ownAttendance(who), minutes: 90, reason: '提前到场布置' }) },
  { action: 'correctionQueue',    cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({}) },
  { action: 'decideCorrection',   cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ requestId: 'cr-test', decision: 'reject', note: '与签到记录不符' }),
    arrange: async (t) => { await t.ok(P.volunteer, 'volunteer', 'requestCorrection', { checkinId: checkinId(XINAN, 'ac-xinan-1', 'mb-xa-vol1'), minutes: 100, reason: '记错了' }); const [c] = t.cloud.db.find('corrections', {}); await t.cloud.db.handle({ action: 'database.removeDocument', collectionName: 'corrections', queryType: 'WHERE', query: JSON.stringify({ _id: c._id }), multi: true }); await t.cloud.db.insertMany('corrections', [{ ...c, _id: 'cr-test' }]) } },
  { action: 'myCorrections',      cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({}) },
  { action: 'myPoints',           cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({}) },
  { action: 'memberPoints',       cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ memberId: 'mb-xa-vol1' }) },
  { action: 'reversePoints',      cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ entryId: VOL_AWARD, reason: '重复发放' }) },
  { action: 'volunteerStats',     cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({}) },
  { action: 'listRewards',        cells: [ok,  ok,     ok,      ok,       ok,      ok,        ok], input: same({}) },
  { action: 'manageRewards',      cells: [NM,  F,      F,       F,        ok,      NM,        ok], input: same({}) },
  { action: 'saveReward',         cells: [NM,  F,      F,       F,        ok,      NM,        ok],
    input: () => ({ title: '新理发券', provider: '老街理发店', cost: 5, stock: 3, validUntil: hours(240) }) },
  { action: 'redeem',             cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({ rewardId: LIVE.reward, requestKey: 'matrix-1' }),
    arrange: async (_t, who) => { if (MEMBER[who]) await givePoints(MEMBER[who]!, 20, `matrix-gift-${who}`) } },
  { action: 'myVouchers',         cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], input: same({}) },
  { action: 'checkVoucher',       cells: [NM,  F,      F,       F,        ok,      NM,        ok], input: same({ code: PARTY_VOUCHER }) },
  { action: 'verifyVoucher',      cells: [NM,  F,      F,       F,        ok,      NM,        ok], input: same({ code: PARTY_VOUCHER }) },
  { action: 'verifiedVouchers',   cells: [NM,  F,      F,       F,        ok,      NM,        ok], input: same({}) },
  { action: 'honourRoll',         cells: [ok,  ok,     ok,      ok,       ok,      ok,        ok], input: same({}) },
  { action: 'featureNeighbour',   cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ name: '张桂兰', story: '照看独居老人' }) },
  { action: 'removeFeatured',     cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ featuredId: 'fn-xinan-1' }) },
  { action: 'issueCertificate',   cells: [NM,  F,      ok,      ok,       ok,      NM,        ok], arrange: confirmedHour, input: same({ from: '2026-01-01', to: '2026-12-31' }) },
  { action: 'lookupCertificate',  cells: [NM,  F,      F,       F,        F,       NM,        ok], input: same({ number: 'XINAN-2611-TESTTEST' }),
    arrange: (t) => t.seed({ certificates: [{ _id: 'cf-test', stationId: XINAN, number: 'XINAN-2611-TESTTEST', memberId: 'mb-xa-vol1', memberName: '孙晓', from: '2026-01-01', to: '2026-12-31', minutes: 260, attendances: 2, stationName: '馨安公寓红旗驿站', issuedAt: new Date() }] }) },
  // Maintenance: the admin token decides, never who the caller is.
  { action: 'rebuildCounters',    cells: [F,   F,      F,       F,        F,       F,         F], input: same({ adminToken: 'not-the-admin-token' }) },
]

authorizationMatrix({ fn: 'volunteer', actions, who: WHO, rows: MATRIX, seeded: volunteerCloud })
