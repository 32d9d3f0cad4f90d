/**
 * The wish function's authorization matrix: every action × who is asking, as one table for the
 * shared helper (tests/cloud/support/matrix.ts). Each cell's input is valid and its situation
 * arranged, so the only reason to refuse is who asks. 王建国 asks as 王奶奶's stand-in (代办).
 */
import { actions } from '../../../cloudfunctions/wish'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { authorizationMatrix, F, NM, ok, same } from '../support/matrix'
import type { MatrixRow } from '../support/matrix'
import { M, upload, wishCloud, wishInput } from './support'

jest.setTimeout(60_000)

const WHO = {
  guest: P.guest, //           opened 馨安, never registered
  pending: P.pending, //       registered, waiting
  resident: P.resident, //     刘阿姨: verified, neither volunteer nor party member
  lin: 'demo-resident3', //    林大伟: the wisher of the bike (open) and the lamp (fulfilled by 孙晓)
  volunteer: P.volunteer, //   孙晓: a helper
  standIn: P.proxy, //         王建国 acting for 王奶奶 (the wisher of 晒太阳)
  head: P.head1, //            张桂兰: building head (not staff), a volunteer and party member
  otherStaff: P.otherStaff, // 站长 of another station
  staff: P.staff, //           李建华: 站长 of 馨安 (a party member too)
} as const
type Who = keyof typeof WHO

const forElder = (who: Who) => (who === 'standIn' ? { onBehalfOf: M.elder } : {})

/** The volunteer claims 黄秀英's open wish first, so claimer-only moves have a claimer. */
async function volunteerClaims(t: TestCloud, who: Who) {
  if (who === 'volunteer') await t.ok(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-cert' })
}
let photo = ''

// prettier-ignore
const ROWS: Omit<MatrixRow<'wish', Who>, 'extra'>[] = [
  //                                guest pending resident lin volunteer standIn head otherStaff staff
  { action: 'post',          cells: [NM, F,      ok,      ok,  ok,       ok,     ok,  NM,        ok], input: same(wishInput()) },
  { action: 'withdraw',      cells: [NM, F,      F,       F,   F,        ok,     F,   NM,        ok], input: same({ wishId: 'wi-xa-walk' }) },
  { action: 'contact',       cells: [NM, F,      F,       F,   F,        ok,     F,   NM,        ok], input: same({ wishId: 'wi-xa-walk' }) },
  { action: 'findResident',  cells: [NM, F,      F,       F,   F,        F,      F,   NM,        ok], input: same({ q: '王' }) },
  { action: 'wall',          cells: [NM, F,      ok,      ok,  ok,       ok,     ok,  NM,        ok], input: same({ filter: 'open' }) },
  { action: 'detail',        cells: [NM, F,      ok,      ok,  ok,       ok,     ok,  NM,        ok], input: same({ wishId: 'wi-xa-walk' }) },
  { action: 'mine',          cells: [NM, F,      ok,      ok,  ok,       ok,     ok,  NM,        ok], input: same({}) },
  { action: 'myClaims',      cells: [NM, F,      ok,      ok,  ok,       F,      ok,  NM,        ok], input: same({}) },
  { action: 'helperSummary', cells: [NM, F,      ok,      ok,  ok,       F,      ok,  NM,        ok], input: same({}) },
  { action: 'claim',         cells: [NM, F,      F,       F,   ok,       F,      ok,  NM,        ok], input: same({ wishId: 'wi-xa-cert' }) },
  { action: 'release',       cells: [NM, F,      F,       F,   ok,       F,      F,   NM,        F ], input: same({ wishId: 'wi-xa-cert' }), arrange: volunteerClaims },
  { action: 'progress',      cells: [NM, F,      F,       F,   ok,       F,      F,   NM,        F ], input: same({ wishId: 'wi-xa-cert', note: '周六上门' }), arrange: volunteerClaims },
  { action: 'fulfil',        cells: [NM, F,      F,       F,   ok,       F,      F,   NM,        F ],
    input: () => ({ wishId: 'wi-xa-cert', note: '已完成认证', images: [photo] }),
    arrange: async (t, who) => {
      await volunteerClaims(t, who)
      photo = await upload(t, P.volunteer, 'fulfilment')
    } },
  { action: 'confirm',       cells: [NM, F,      F,       ok,  F,        F,      F,   NM,        ok], input: same({ wishId: 'wi-xa-lamp' }) },
  { action: 'dispute',       cells: [NM, F,      F,       ok,  F,        F,      F,   NM,        F ], input: same({ wishId: 'wi-xa-lamp', reason: '开关还是坏的' }) },
  { action: 'thank',         cells: [NM, F,      F,       ok,  F,        F,      F,   NM,        F ], input: same({ wishId: 'wi-xa-lamp', thanks: '谢谢小孙' }),
    arrange: async (t) => void (await t.ok(WHO.lin, 'wish', 'confirm', { wishId: 'wi-xa-lamp' })) },
  { action: 'queue',         cells: [NM, F,      F,       F,   F,        F,      F,   NM,        ok], input: same({ status: 'pending' }) },
  { action: 'review',        cells: [NM, F,      F,       F,   F,        F,      F,   NM,        ok], input: same({ wishId: 'wi-xa-phone', decision: 'approve' }) },
  { action: 'resolve',       cells: [NM, F,      F,       F,   F,        F,      F,   NM,        ok], input: same({ wishId: 'wi-xa-clothes', decision: 'confirm', note: '已核实' }) },
  { action: 'stats',         cells: [NM, F,      F,       F,   F,        F,      F,   NM,        ok], input: same({}) },
  { action: 'settings',      cells: [NM, F,      ok,      ok,  ok,       F,      ok,  NM,        ok], input: same({}) },
  { action: 'saveSettings',  cells: [NM, F,      F,       F,   F,        F,      F,   NM,        ok], input: same({ claimTimeoutDays: 5, autoConfirmDays: 5, pointsPerWish: 20 }) },
  // Maintenance: the admin token decides, never who the caller is.
  { action: 'runTimers',     cells: [F,  F,      F,       F,   F,        F,      F,   F,         F ], input: same({ adminToken: 'not-the-admin-token' }) },
  { action: 'rebuildCounters', cells: [F, F,     F,       F,   F,        F,      F,   F,         F ], input: same({ adminToken: 'not-the-admin-token' }) },
]

authorizationMatrix({
  fn: 'wish',
  actions,
  who: WHO,
  rows: ROWS.map((row) => ({ ...row, extra: forElder })),
  seeded: () => wishCloud(),
})
