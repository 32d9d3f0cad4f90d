/**
 * Station isolation: another station's households, members, profile details, posts, stand-ins
 * and audit entries never appear in any answer to a member (or staff) of this station, and ids
 * of another station's records lead nowhere.
 */
import type { ErrorCode } from '../../../types/errors'
import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { changedCollections, errorOf, seededCloud } from '../support/helpers'

// Reads every page of every list as six people, and draws a QR image (slow inside jest).
jest.setTimeout(30_000)

let t: TestCloud
let markers: string[]

/** Things only the other station holds: profile text, names, phones (every OTHER id is added below). */
const OTHER_TEXT = [
  '别的小区驿站',
  '别处1号',
  '秘密服务',
  '别的社区',
  '外站长',
  '外居民',
  '外待审',
  '外老人',
  '外孙晓',
  '外站岗位',
  '外单位机关',
  '外党支部',
  '外站活动',
  '外老人书面同意',
  '13800009999',
  '13800008888',
  '13800007777',
  '13800006666',
  '外站新岗位',
  '外站备注',
  '外代办',
]

beforeAll(async () => {
  t = await seededCloud()
  // Give the other station a life of its own, through its own staff and residents.
  const at = { stationId: OTHER }
  await t.ok(P.otherStaff, 'station', 'revealPhone', { memberId: 'mb-ot-res' }, at)
  await t.ok(P.otherStaff, 'station', 'exportDirectory', {}, at)
  await t.ok(P.otherStaff, 'station', 'saveServicePost', { name: '外站新岗位', description: '外站备注' }, at)
  await t.ok(
    P.otherStaff,
    'station',
    'grantRole',
    { memberId: 'mb-ot-res', role: 'buildingHead', headOf: ['bd-other-1'] },
    at,
  )
  await t.ok(P.otherStaff, 'station', 'poster', { refresh: true }, at)
  await t.ok(P.otherStaff, 'station', 'importHouseholds', { csv: '外栋,1,101\n外栋,1,102' }, at)
  await t.ok(
    P.otherResident,
    'station',
    'proxyRegister',
    {
      householdId: 'hh-other-1-1-102',
      name: '外代办',
      relation: 'family',
      consentMethod: 'phone',
      consentNote: '外站电话确认',
    },
    at,
  )
  await t.ok(
    P.otherStaff,
    'station',
    'verify',
    { memberId: 'mb-ot-pend', decision: 'reject', reason: '外站驳回理由' },
    at,
  )
  await t.ok(
    P.otherResident,
    'station',
    'submitPartyReport',
    { workUnit: '外单位机关', partyOrg: '外党支部', postId: 'sp-other-1' },
    at,
  )
  // ...and this station some of the same, so its answers are not empty.
  await t.ok(P.staff, 'station', 'revealPhone', { memberId: 'mb-xa-res1' })
  await t.ok(P.proxy, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' })
  await t.ok(P.guest, 'station', 'register', {
    householdId: 'hh-xinan-6-1-101',
    relation: 'owner',
    name: '新邻居',
    phone: '13912340000',
  })

  const ids = new Set<string>([OTHER])
  for (const name of t.cloud.db.listCollections()) {
    for (const doc of t.cloud.db.find(name, { stationId: OTHER })) ids.add(String(doc._id))
  }
  markers = [...ids, ...OTHER_TEXT, '外栋', '外站驳回理由', '外站电话确认']
})
afterAll(() => t.stop())

function leaks(answer: unknown): string[] {
  const json = JSON.stringify(answer)
  return markers.filter((m) => json.includes(m))
}

async function pages(
  who: string,
  action: 'directory' | 'verifyQueue' | 'searchMembers' | 'auditLog',
  input: Record<string, unknown>,
) {
  const out: unknown[] = []
  for (let skip = 0; ; skip += 100) {
    const page = await t.ok(who, 'station', action, { ...input, skip, limit: 100 } as never)
    out.push(page)
    if (!page.hasMore) return out
  }
}

/** Every read a person can make at 馨安, with inputs that cover every building, unit and status. */
async function everyRead(who: string): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {}
  const tryRead = async (name: string, read: () => Promise<unknown>) => {
    try {
      answers[name] = await read()
    } catch (err) {
      answers[name] = String(err) // refused: the refusal itself must not leak either
    }
  }
  const buildings = (await t.ok(who, 'station', 'listBuildings', {})).items
  answers.listBuildings = buildings
  await tryRead('resolve', () => t.ok(who, 'station', 'resolve', { code: 'xinan' }))
  await tryRead('get', () => t.ok(who, 'station', 'get', {}))
  await tryRead('me', () => t.ok(who, 'station', 'me', {}))
  await tryRead('poster', () => t.ok(who, 'station', 'poster', {}))
  for (const b of buildings) {
    for (let unit = 1; unit <= b.units; unit++) {
      await tryRead(`listRooms ${b.name} ${unit}`, () =>
        t.ok(who, 'station', 'listRooms', { buildingId: b.buildingId, unit }),
      )
    }
    await tryRead(`directory ${b.name}`, () => pages(who, 'directory', { buildingId: b.buildingId }))
    await tryRead(`exportDirectory ${b.name}`, () =>
      t.ok(who, 'station', 'exportDirectory', { buildingId: b.buildingId }),
    )
  }
  await tryRead('directory', () => pages(who, 'directory', {}))
  for (const status of ['pending', 'verified', 'rejected', 'left']) {
    await tryRead(`verifyQueue ${status}`, () => pages(who, 'verifyQueue', { status }))
  }
  await tryRead('exportDirectory', () => t.ok(who, 'station', 'exportDirectory', {}))
  await tryRead('searchMembers', () => pages(who, 'searchMembers', {}))
  await tryRead('searchMembers 外', () => pages(who, 'searchMembers', { q: '外' }))
  await tryRead('listRoleHolders', () => t.ok(who, 'station', 'listRoleHolders', {}))
  await tryRead('auditLog', () => pages(who, 'auditLog', {}))
  await tryRead('listServicePosts', () => t.ok(who, 'station', 'listServicePosts', {}))
  await tryRead('myPartyReport', () => t.ok(who, 'station', 'myPartyReport', {}))
  await tryRead('partyStats', () => t.ok(who, 'station', 'partyStats', {}))
  await tryRead('serviceRecord', () =>
    t.ok(who, 'station', 'serviceRecord', { from: '2020-01-01', to: '2030-12-31' }),
  )
  await tryRead('myPrincipals', () => t.ok(who, 'station', 'myPrincipals', {}))
  return answers
}

describe("another station's data never appears in answers at this station", () => {
  test("the marker check works: the other station's own staff do see its data", async () => {
    const answer = await t.ok(P.otherStaff, 'station', 'auditLog', {}, { stationId: OTHER })
    expect(leaks(answer).length).toBeGreaterThan(3)
  })

  test.each([
    ['馨安 staff (站长)', P.staff],
    ['馨安 副站长', P.deputy],
    ['馨安 building head', P.head1],
    ['馨安 verified resident', P.resident],
    ['馨安 pending resident', P.pending],
    ['a guest at 馨安', P.guest],
  ])('%s: no other-station id, name, phone or profile text in any read', async (_who, who) => {
    const answers = await everyRead(who)
    const leaked = Object.entries(answers)
      .map(([name, a]) => [name, leaks(a)])
      .filter(([, l]) => l.length > 0)
    expect(leaked).toEqual([])
    expect(JSON.stringify(answers)).toContain('馨安')
  })

  test('staff answers did hold 馨安 people (so the reads were real)', async () => {
    const answers = await everyRead(P.staff)
    const json = JSON.stringify(answers)
    for (const name of ['刘阿姨', '王奶奶', '赵磊', '新邻居', '李建华']) expect(json).toContain(name)
  })

  test("a person registered at both stations sees only the other station's public card in the switcher", async () => {
    const { items } = await t.ok(P.volunteer, 'station', 'myStations', {})
    const other = items.find((s) => s.stationId === OTHER)!
    expect(other).toEqual({
      stationId: OTHER,
      code: 'other',
      name: '别的小区驿站',
      address: '别处1号',
      status: 'verified',
      roles: ['resident'],
    })
    const json = JSON.stringify(items)
    for (const m of ['外孙晓', 'mb-ot-dual', '13800006666', 'hh-other']) expect(json).not.toContain(m)
    const me = await t.ok(P.volunteer, 'station', 'me', {})
    expect(me.member).toMatchObject({ memberId: 'mb-xa-vol1', name: '孙晓' })
    expect(leaks(await everyRead(P.volunteer))).toEqual([])
  })
})

type Outcome = ErrorCode[]
const REFUSED: Outcome = ['NOT_FOUND', 'FORBIDDEN', 'INVALID_INPUT']

// prettier-ignore
const crossings: [string, string, Record<string, unknown>, { onBehalfOf?: string }][] = [
  ['listRooms',          'buildingId', { buildingId: 'bd-other-1', unit: 1 }, {}],
  ['register',           'householdId', { householdId: 'hh-other-1-1-101', relation: 'owner', name: '李建华', phone: '13805710001' }, {}],
  ['verifyQueue',        'buildingId', { buildingId: 'bd-other-1' }, {}],
  ['verify',             'memberId',   { memberId: 'mb-ot-pend', decision: 'approve' }, {}],
  ['directory',          'buildingId', { buildingId: 'bd-other-1' }, {}],
  ['revealPhone',        'memberId',   { memberId: 'mb-ot-res' }, {}],
  ['exportDirectory',    'buildingId', { buildingId: 'bd-other-1' }, {}],
  ['grantRole',          'memberId',   { memberId: 'mb-ot-res', role: 'staff' }, {}],
  ['grantRole',          'buildingId', { memberId: 'mb-xa-res3', role: 'buildingHead', headOf: ['bd-other-1'] }, {}],
  ['revokeRole',         'memberId',   { memberId: 'mb-ot-staff', role: 'stationHead' }, {}],
  ['saveServicePost',    'postId',     { postId: 'sp-other-1', name: '改成馨安的' }, {}],
  ['submitPartyReport',  'postId',     { workUnit: '单位', partyOrg: '支部', postId: 'sp-other-1' }, {}],
  ['serviceRecord',      'memberId',   { from: '2026-01-01', to: '2026-12-31', memberId: 'mb-ot-res' }, {}],
  ['proxyRegister',      'householdId', { householdId: 'hh-other-1-1-101', name: '外人', relation: 'owner', consentMethod: 'paper', consentNote: '同意' }, {}],
  ['revokeProxy',        'proxyId',    { proxyId: 'px-other-1' }, {}],
  ['me',                 'onBehalfOf', {}, { onBehalfOf: 'mb-ot-elder' }],
  ['moveOut',            'onBehalfOf', {}, { onBehalfOf: 'mb-ot-elder' }],
]

describe("ids of another station's records lead nowhere, and write nothing", () => {
  test.each(crossings)(
    "%s with another station's %s: refused, nothing written",
    async (action, _kind, input, extra) => {
      const before = t.snapshot()
      const res = await t.call(P.staff, 'station', action as never, input as never, extra)
      expect(REFUSED).toContain(errorOf(res).code)
      expect(JSON.stringify(res)).not.toMatch(/外|other|ot-/)
      expect(changedCollections(before, t.snapshot())).toEqual([])
    },
  )

  test("the other station's stand-in cannot use that relationship here", async () => {
    const before = t.snapshot()
    const res = await t.call(P.otherResident, 'station', 'me', {}, { onBehalfOf: 'mb-ot-elder' })
    expect(REFUSED).toContain(errorOf(res).code)
    expect(changedCollections(before, t.snapshot())).toEqual([])
  })

  test('馨安 staff naming the other station are guests there: NOT_MEMBER for its member and staff actions', async () => {
    const at = { stationId: OTHER }
    for (const [action, input] of [
      ['directory', {}],
      ['auditLog', {}],
      ['searchMembers', {}],
      ['exportDirectory', {}],
      ['listServicePosts', {}],
      ['revealPhone', { memberId: 'mb-ot-res' }],
    ] as const) {
      const before = t.snapshot()
      expect(errorOf(await t.call(P.staff, 'station', action, input as never, at)).code).toBe('NOT_MEMBER')
      expect(changedCollections(before, t.snapshot())).toEqual([])
    }
    const me = await t.ok(P.staff, 'station', 'me', {}, at)
    expect([me.stationId, me.member, me.roles]).toEqual([OTHER, null, []])
  })

  test('a record written at 馨安 is stamped with 馨安 whatever the payload says', async () => {
    const post = await t.ok(P.staff, 'station', 'saveServicePost', {
      name: '新岗位',
      stationId: OTHER,
    } as never)
    expect(t.cloud.db.find('servicePosts', { _id: post.postId })).toEqual([
      expect.objectContaining({ stationId: XINAN }),
    ])
  })
})
