/**
 * Bad inputs across actions: each is INVALID_INPUT naming the offending field, with a message in
 * plain Chinese, and writes nothing. Callers are people allowed to call the action, so the input
 * is the only thing wrong.
 */
import type { FnName } from '../../../types/api'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { CHINESE, changedCollections, errorOf, seededCloud } from '../support/helpers'

let t: TestCloud
beforeAll(async () => {
  t = await seededCloud()
})
afterAll(() => t.stop())

const form = {
  householdId: 'hh-xinan-5-1-101',
  relation: 'owner',
  name: '新邻居',
  phone: '13912345678',
}
const profile = { name: '驿站', address: '地址', openingHours: '9-17', services: [], rooms: [], team: [] }
const buildings = { names: ['7栋'], units: 1, floors: 1, roomsPerFloor: 1 }
const report = { workUnit: '单位', partyOrg: '支部' }
const proxy = {
  householdId: 'hh-xinan-5-1-102',
  name: '李大爷',
  relation: 'owner',
  consentMethod: 'paper',
  consentNote: '书面同意',
}
const station = {
  code: 'newone',
  name: '新驿站',
  address: '新路1号',
  community: '新社区',
  headName: '新站长',
}

interface Case {
  what: string
  who: string | null
  fn?: FnName
  action: string
  input: unknown
  field: string
  extra?: { stationId?: string; onBehalfOf?: string }
}

// prettier-ignore
const cases: Case[] = [
  // the call itself
  { what: 'input that is not an object',       who: P.guest,   action: 'get',              input: 'hello',                                     field: 'input' },
  { what: 'input that is a list',              who: P.guest,   action: 'me',               input: [1, 2],                                      field: 'input' },
  { what: 'a station id with odd characters',  who: P.guest,   action: 'get',              input: {}, extra: { stationId: '../st-xinan' },     field: 'stationId' },
  { what: 'an onBehalfOf that is not an id',   who: P.proxy,   action: 'me',               input: {}, extra: { onBehalfOf: 'mb xa elder' },    field: 'onBehalfOf' },
  // scene / station code
  { what: 'scene garbage as code',             who: P.guest,   action: 'resolve',          input: { code: 's=xinan&x=1' },                     field: 'code' },
  { what: 'an empty code',                     who: P.guest,   action: 'resolve',          input: { code: '' },                                field: 'code' },
  { what: 'a code that is a number',           who: P.guest,   action: 'resolve',          input: { code: 42 },                                field: 'code' },
  { what: 'no code',                           who: P.guest,   action: 'resolve',          input: {},                                          field: 'code' },
  // registration
  { what: 'no household',                      who: P.guest,   action: 'register',         input: { ...form, householdId: undefined },         field: 'householdId' },
  { what: 'a room that does not exist',        who: P.guest,   action: 'register',         input: { ...form, householdId: 'hh-xinan-5-1-9901' }, field: 'householdId' },
  { what: 'an empty name',                     who: P.guest,   action: 'register',         input: { ...form, name: '  ' },                     field: 'name' },
  { what: 'a name over 20 characters',         who: P.guest,   action: 'register',         input: { ...form, name: '名'.repeat(21) },           field: 'name' },
  { what: 'a name that is a number',           who: P.guest,   action: 'register',         input: { ...form, name: 12345 },                    field: 'name' },
  { what: 'an unknown relation',               who: P.guest,   action: 'register',         input: { ...form, relation: 'landlord' },           field: 'relation' },
  { what: 'a phone code WeChat rejects',       who: P.guest,   action: 'verifyPhone',      input: { code: 'forged' },                          field: 'code' },
  { what: 'a typed phone of 3 digits',         who: P.guest,   action: 'register',         input: { ...form, phone: '123' },                   field: 'phone' },
  { what: 'a day that does not exist',         who: P.resident, action: 'serviceRecord',   input: { from: '2026-02-30', to: '2026-03-01' },    field: 'from' },
  { what: 'a month that does not exist',       who: P.resident, action: 'serviceRecord',   input: { from: '2026-01-01', to: '2026-99-99' },    field: 'to' },
  { what: 'a skill over 10 characters',        who: P.guest,   action: 'register',         input: { ...form, isVolunteer: true, skills: ['技'.repeat(11)] }, field: 'skills.0' },
  { what: 'skills that are not a list',        who: P.guest,   action: 'register',         input: { ...form, skills: '摄影' },                 field: 'skills' },
  { what: 'a yes/no given as text',            who: P.guest,   action: 'register',         input: { ...form, isPartyMember: 'true' },          field: 'isPartyMember' },
  // profile and poster
  { what: 'a team seat that is not an object', who: P.staff,   action: 'updateProfile',    input: { ...profile, team: ['李建华'] },             field: 'team.0' },
  { what: 'a room entry that is null',         who: P.staff,   action: 'updateProfile',    input: { ...profile, rooms: [null] },               field: 'rooms.0' },
  { what: 'a station name over 40',            who: P.staff,   action: 'updateProfile',    input: { ...profile, name: '站'.repeat(41) },        field: 'name' },
  { what: 'refresh as text',                   who: P.staff,   action: 'poster',           input: { refresh: 'yes' },                          field: 'refresh' },
  { what: 'no claim token',                    who: P.guest,   action: 'claimHead',        input: {},                                          field: 'token' },
  { what: 'a claim token of 7 characters',     who: P.guest,   action: 'claimHead',        input: { token: 'ABCDEF2' },                        field: 'token' },
  // buildings and households
  { what: 'a unit given as text',              who: P.guest,   action: 'listRooms',        input: { buildingId: 'bd-xinan-1', unit: '1' },     field: 'unit' },
  { what: 'no building names',                 who: P.staff,   action: 'createBuildings',  input: { ...buildings, names: [] },                 field: 'names' },
  { what: 'zero units',                        who: P.staff,   action: 'createBuildings',  input: { ...buildings, units: 0 },                  field: 'units' },
  { what: 'no table',                          who: P.staff,   action: 'importHouseholds', input: {},                                          field: 'csv' },
  { what: 'a table over 90,000 characters',    who: P.staff,   action: 'importHouseholds', input: { csv: '1'.repeat(90_001) },                 field: 'csv' },
  // verification and directory
  { what: 'an unknown status',                 who: P.head1,   action: 'verifyQueue',      input: { status: 'waiting' },                       field: 'status' },
  { what: 'a page over 100',                   who: P.head1,   action: 'verifyQueue',      input: { limit: 1000 },                             field: 'limit' },
  { what: 'no decision',                       who: P.head1,   action: 'verify',           input: { memberId: 'mb-xa-pend1' },                 field: 'decision' },
  { what: 'a rejection without reason',        who: P.head1,   action: 'verify',           input: { memberId: 'mb-xa-pend1', decision: 'reject' }, field: 'reason' },
  { what: 'a reason over 100',                 who: P.head1,   action: 'verify',           input: { memberId: 'mb-xa-pend1', decision: 'reject', reason: '因'.repeat(101) }, field: 'reason' },
  { what: 'unit zero',                         who: P.head1,   action: 'directory',        input: { unit: 0 },                                 field: 'unit' },
  { what: 'an empty member id',                who: P.head1,   action: 'revealPhone',      input: { memberId: '' },                            field: 'memberId' },
  { what: 'a query operator as member id',     who: P.head1,   action: 'revealPhone',      input: { memberId: { $ne: '' } },                   field: 'memberId' },
  { what: 'a building id with spaces',         who: P.staff,   action: 'exportDirectory',  input: { buildingId: 'bd xinan 1' },               field: 'buildingId' },
  // roles
  { what: 'a search over 20 characters',       who: P.staff,   action: 'searchMembers',    input: { q: '查'.repeat(21) },                      field: 'q' },
  { what: 'no role',                           who: P.staff,   action: 'grantRole',        input: { memberId: 'mb-xa-res3' },                  field: 'role' },
  { what: 'buildings not given as a list',     who: P.staff,   action: 'grantRole',        input: { memberId: 'mb-xa-res3', role: 'buildingHead', headOf: 'bd-xinan-1' }, field: 'headOf' },
  { what: 'a building that does not exist',    who: P.staff,   action: 'grantRole',        input: { memberId: 'mb-xa-res3', role: 'buildingHead', headOf: ['bd-xinan-99'] }, field: 'headOf' },
  { what: 'a 三方代表 without a side',          who: P.staff,   action: 'grantRole',        input: { memberId: 'mb-xa-res3', role: 'sideRep' }, field: 'side' },
  { what: 'an unknown role to revoke',         who: P.staff,   action: 'revokeRole',       input: { memberId: 'mb-xa-bh1', role: 'king' },     field: 'role' },
  { what: 'skip as text',                      who: P.staff,   action: 'auditLog',         input: { skip: 'ten' },                             field: 'skip' },
  // party members
  { what: 'an empty post name',                who: P.staff,   action: 'saveServicePost',  input: { name: '' },                                field: 'name' },
  { what: 'active as text',                    who: P.staff,   action: 'saveServicePost',  input: { name: '岗位', active: 'no' },               field: 'active' },
  { what: 'an empty work unit',                who: P.party,   action: 'submitPartyReport', input: { ...report, workUnit: '' },                field: 'workUnit' },
  { what: 'a post that does not exist',        who: P.party,   action: 'submitPartyReport', input: { ...report, postId: 'sp-xinan-99' },       field: 'postId' },
  { what: 'a date in the wrong format',        who: P.party,   action: 'serviceRecord',    input: { from: '10/01/2026', to: '2026-11-20' },    field: 'from' },
  { what: 'a period ending before it starts',  who: P.party,   action: 'serviceRecord',    input: { from: '2026-11-20', to: '2026-11-01' },    field: 'to' },
  // acting for others
  { what: 'an unknown consent method',         who: P.volunteer, action: 'proxyRegister',  input: { ...proxy, consentMethod: 'sms' },          field: 'consentMethod' },
  { what: 'a room that does not exist (代办)', who: P.volunteer, action: 'proxyRegister',  input: { ...proxy, householdId: 'hh-none' },         field: 'householdId' },
  { what: 'no proxy id',                       who: P.proxy,   action: 'revokeProxy',      input: {},                                          field: 'proxyId' },
  // platform
  { what: 'scene garbage as new station code', who: null, fn: 'platform', action: 'createStation', input: { ...station, code: 's=new one' }, field: 'code' },
  { what: 'no admin token',                    who: null, fn: 'platform', action: 'listStations',  input: {},                               field: 'adminToken' },
]

describe('bad input is INVALID_INPUT naming the field, in Chinese, and writes nothing', () => {
  test.each(cases.map((c) => [`${c.fn ?? 'station'}.${c.action}: ${c.what} → ${c.field}`, c] as const))(
    '%s',
    async (_name, c) => {
      const input =
        c.fn === 'platform' && c.action === 'createStation'
          ? { adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN, ...(c.input as object) }
          : c.input
      const before = t.snapshot()
      const error = errorOf(
        await t.call(c.who, c.fn ?? 'station', c.action as never, input as never, c.extra),
      )
      expect(error).toEqual({
        code: 'INVALID_INPUT',
        field: c.field,
        message: expect.stringMatching(CHINESE),
      })
      expect(error.message).not.toMatch(/[A-Za-z]{4,}/)
      expect(changedCollections(before, t.snapshot())).toEqual([])
    },
  )

  test('a missing field is told apart from one of the wrong type', async () => {
    const missing = errorOf(await t.call(P.guest, 'station', 'claimHead', {}))
    const wrong = errorOf(await t.call(P.guest, 'station', 'claimHead', { token: 12345678 }))
    expect(missing.message).toMatch(/缺少|请填写/)
    expect(wrong.message).not.toMatch(/缺少/)
  })
})
