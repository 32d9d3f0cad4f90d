/**
 * The notice function's authorization matrix: every action × who is asking, as one table for the
 * shared helper (tests/cloud/support/matrix.ts). The cells use 张桂兰's corridor notice to 1栋、2栋
 * and her 1栋 group, so the right building head may, the other one may not — and for a notice of
 * buildings they do not look after, the other head learns nothing (NOT_FOUND, as if missing).
 */
import { actions } from '../../../cloudfunctions/notice'
import { P } from '../support/fixtures'
import { authorizationMatrix, F, NF, NM, ok, same } from '../support/matrix'
import type { MatrixRow } from '../support/matrix'
import { noticeCloud, postInput } from './support'

jest.setTimeout(30_000)

const WHO = {
  guest: P.guest, //            opened 馨安, never registered
  pending: P.pending, //        registered in 1栋, waiting
  resident: P.resident, //      verified, 1栋, no granted role
  otherHead: P.head2, //        楼长 of 3栋 and 4栋
  rightHead: P.head1, //        楼长 of 1栋 and 2栋, author of the corridor notice
  otherStaff: P.otherStaff, //  站长 of another station: a stranger here
  staff: P.staff, //            站长 of 馨安
} as const
type Who = keyof typeof WHO

const CORRIDOR = 'nt-xinan-corridor'
const mine = { noticeId: CORRIDOR }
const building1 = { noticeId: CORRIDOR, buildingId: 'bd-xinan-1' }

// prettier-ignore
const MATRIX: MatrixRow<'notice', Who>[] = [
  //                                  guest pending resident otherHead rightHead otherStaff staff
  { action: 'post',            cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same(postInput({ clientToken: 'matrix-post' })) },
  { action: 'withdraw',        cells: [NM,  F,      F,       NF,       ok,       NM,        ok], input: same(mine) },
  { action: 'deliver',         cells: [NM,  F,      F,       NF,       ok,       NM,        ok], input: same(mine) },
  { action: 'list',            cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({}) },
  // A card in hand: a guest (and a stranger from another station) may read it; a head of other buildings may not.
  { action: 'open',            cells: [ok,  ok,     ok,      NF,       ok,       ok,        ok], input: same(mine) },
  { action: 'subscriptions',   cells: [NM,  ok,     ok,      ok,       ok,       NM,        ok], input: same({}) },
  { action: 'managed',         cells: [NM,  F,      F,       ok,       ok,       NM,        ok], input: same({}) },
  { action: 'readStats',       cells: [NM,  F,      F,       NF,       ok,       NM,        ok], input: same(mine) },
  { action: 'households',      cells: [NM,  F,      F,       NF,       ok,       NM,        ok], input: same(building1) },
  { action: 'remind',          cells: [NM,  F,      F,       NF,       ok,       NM,        ok], input: same(building1) },
  { action: 'bindGroup',       cells: [NM,  F,      F,       F,        ok,       NM,        ok],
    input: same({ cloudID: 'local-group:matrix', buildingId: 'bd-xinan-1', name: '1栋新群' }) },
  { action: 'unbindGroup',     cells: [NM,  F,      F,       NF,       ok,       NM,        ok], input: same({ groupId: 'ng-xinan-1' }) },
  { action: 'groups',          cells: [NM,  F,      F,       ok,       ok,       NM,        ok], input: same({}) },
  // Maintenance: the admin token decides, never who the caller is.
  { action: 'rebuildCounters', cells: [F,   F,      F,       F,        F,        F,         F], input: same({ adminToken: 'not-the-admin-token' }) },
]

authorizationMatrix({ fn: 'notice', actions, who: WHO, rows: MATRIX, seeded: noticeCloud })
