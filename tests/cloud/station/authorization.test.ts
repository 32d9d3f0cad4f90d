/**
 * The station's authorization matrix: every action × who is asking, as one table for the shared
 * helper (tests/cloud/support/matrix.ts), which checks each cell and that nothing was written.
 */
import { actions } from '../../../cloudfunctions/station'
import { linkId } from '../../../cloudfunctions/station/proxies'
import { P } from '../support/fixtures'
import { seedClaimToken, seededCloud } from '../support/helpers'
import { authorizationMatrix, F, NM, ok, same } from '../support/matrix'
import type { MatrixRow } from '../support/matrix'

// 260 cells, reseeding after every cell that wrote; one cell draws a QR image (slow inside jest).
jest.setTimeout(30_000)

const WHO = {
  guest: P.guest, //            opened 馨安, never registered
  pending: P.pending, //        registered in 1栋, waiting
  resident: P.resident, //      verified, 1栋, no granted role
  otherHead: P.head2, //        楼长 of 3栋 and 4栋
  rightHead: P.head1, //        楼长 of 1栋 and 2栋 (where the targets below live)
  otherStaff: P.otherStaff, //  站长 of another station
  staff: P.staff, //            站长 of 馨安
} as const
type Who = keyof typeof WHO

// Households each caller may register to: their own, or a free room for newcomers.
const HOME: Record<Who, string> = {
  guest: 'hh-xinan-5-1-101',
  pending: 'hh-xinan-1-1-602',
  resident: 'hh-xinan-1-1-301',
  otherHead: 'hh-xinan-4-1-302',
  rightHead: 'hh-xinan-1-1-201',
  otherStaff: 'hh-xinan-5-1-102',
  staff: 'hh-xinan-3-1-502',
}
const profile = {
  name: '馨安公寓红旗驿站',
  address: '馨安路88号',
  openingHours: '8:30-17:30',
  services: ['义诊'],
  rooms: [],
  team: [{ name: '李建华', post: 'stationHead', side: 'partyBranch', title: '站长' }],
}

// A request 孙晓 (volunteer, 2栋) makes to act for 王奶奶 (1栋): its id is derived from the two people.
const REQUESTED = linkId('mb-xa-elder', 'mb-xa-vol1')

// prettier-ignore
const MATRIX: MatrixRow<'station', Who>[] = [
  //                                   guest pending resident otherHead rightHead otherStaff staff
  { action: 'resolve',           cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({ code: 'xinan' }) },
  { action: 'myStations',        cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({}) },
  { action: 'get',               cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({}) },
  { action: 'me',                cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({}) },
  { action: 'updateProfile',     cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same(profile) },
  { action: 'poster',            cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({}) },
  { action: 'claimHead',         cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({ token: 'CLAIM234' }),
    arrange: (t) => seedClaimToken(t, 'CLAIM234') },
  { action: 'listBuildings',     cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({}) },
  { action: 'listRooms',         cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({ buildingId: 'bd-xinan-1', unit: 1 }) },
  { action: 'createBuildings',   cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ names: ['7栋'], units: 1, floors: 2, roomsPerFloor: 2 }) },
  { action: 'importHouseholds',  cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ csv: '楼栋,单元,房号\n7栋,1,101' }) },
  { action: 'verifyPhone',       cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok], input: same({ code: 'local:13912345678' }) },
  { action: 'register',          cells: [ok,  ok,     ok,      ok,       ok,       ok,        ok],
    input: (who) => ({ householdId: HOME[who], relation: 'owner', name: '登记人', phone: '13912345678' }) },
  { action: 'moveOut',           cells: [NM,  ok,     ok,      ok,       ok,       NM,        ok], input: same({}),
    // The last 站长 may not move out; with a second one, the only question left is who asks.
    arrange: async (t, who) => void (who === 'staff' && (await t.ok(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-deputy', role: 'stationHead' }))) },
  { action: 'verifyQueue',       cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same({ buildingId: 'bd-xinan-1' }) },
  { action: 'verify',            cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same({ memberId: 'mb-xa-pend2', decision: 'approve' }) },
  { action: 'directory',         cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same({ buildingId: 'bd-xinan-1' }) },
  { action: 'revealPhone',       cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same({ memberId: 'mb-xa-res2' }) },
  { action: 'exportDirectory',   cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ buildingId: 'bd-xinan-1' }) },
  { action: 'searchMembers',     cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ q: '刘' }) },
  { action: 'listRoleHolders',   cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({}) },
  { action: 'grantRole',         cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ memberId: 'mb-xa-res3', role: 'buildingHead', headOf: ['bd-xinan-5'] }) },
  { action: 'revokeRole',        cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ memberId: 'mb-xa-property', role: 'sideRep' }) },
  { action: 'auditLog',          cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({}) },
  { action: 'listServicePosts',  cells: [NM,  ok,     ok,      ok,       ok,       NM,        ok], input: same({}) },
  { action: 'saveServicePost',   cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ name: '文明劝导' }) },
  { action: 'submitPartyReport', cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({ workUnit: '区教育局', partyOrg: '机关党支部', postId: 'sp-xinan-2' }) },
  { action: 'myPartyReport',     cells: [NM,  ok,     ok,      ok,       ok,       NM,        ok], input: same({}) },
  { action: 'partyStats',        cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({}) },
  { action: 'serviceRecord',     cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({ from: '2026-01-01', to: '2026-12-31' }) },
  { action: 'proxyRegister',     cells: [NM,  F,      ok,      ok,       ok,       NM,        ok],
    input: same({ householdId: 'hh-xinan-5-2-101', name: '李大爷', relation: 'owner', consentMethod: 'paper', consentNote: '书面同意书已存档' }) },
  { action: 'requestProxy',      cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({ principalId: 'mb-xa-elder', consentMethod: 'phone', consentNote: '电话确认' }) },
  { action: 'householdPeople',   cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({ householdId: 'hh-xinan-1-2-101' }) },
  { action: 'proxyQueue',        cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same({ buildingId: 'bd-xinan-1' }) },
  { action: 'decideProxy',       cells: [NM,  F,      F,       F,        ok,       NM,        ok], input: same({ proxyId: REQUESTED, decision: 'approve' }),
    arrange: async (t) => void (await t.ok(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-elder', consentMethod: 'phone', consentNote: '电话确认' })) },
  { action: 'myPrincipals',      cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({}) },
  { action: 'revokeProxy',       cells: [NM,  F,      F,       F,        F,        NM,        ok], input: same({ proxyId: 'px-xinan-elder' }) },
  { action: 'subscriptionTemplates', cells: [ok, ok,   ok,      ok,       ok,       ok,        ok], input: same({}) },
  { action: 'recordConsent',     cells: [NM,  ok,     ok,      ok,       ok,       NM,        ok], input: same({ results: { 'local-proxyDecision': 'accept' } }) },
  { action: 'outbox',            cells: [NM,  ok,     ok,      ok,       ok,       NM,        ok], input: same({}) },
  // Maintenance: the admin token decides, never who the caller is.
  { action: 'rebuildCounters',   cells: [F,   F,      F,       F,        F,        F,         F], input: same({ adminToken: 'not-the-admin-token' }) },
  { action: 'uploadTarget',      cells: [NM,  F,      ok,      ok,       ok,       NM,        ok], input: same({ kind: 'topic' }) },
]

authorizationMatrix({ fn: 'station', actions, who: WHO, rows: MATRIX, seeded: () => seededCloud() })
