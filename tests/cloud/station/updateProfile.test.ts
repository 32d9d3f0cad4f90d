import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { audits, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const profile = {
  name: '馨安公寓红旗驿站',
  address: '馨安路88号 3栋架空层',
  openingHours: '周一至周五 9:00-17:00',
  services: ['家电维修', '义诊', '家电维修', '调解', '代办'],
  rooms: [{ name: '议事厅', use: '三方协商' }],
  team: [
    { name: '李建华', post: 'stationHead', side: 'partyBranch', title: '站长 · 党支部书记' },
    { name: '周敏', post: 'deputyHead', side: 'ownersCommittee', title: '副站长 · 业委会主任' },
    { name: '陈刚', post: 'deputyHead', side: 'propertyCompany', title: '副站长 · 物业项目经理' },
    { name: '何丽', post: 'member', title: '网格员' },
  ],
  intro: '  党支部、业委会、物业一起办实事。 ',
}

describe('station.updateProfile: staff edit what residents see', () => {
  test('the 站长 saves the profile; residents read it back through get', async () => {
    const saved = await t.ok(P.staff, 'station', 'updateProfile', profile)
    const read = await t.ok(P.resident, 'station', 'get', {})
    expect(read).toEqual(saved)
    expect(read).toMatchObject({
      openingHours: '周一至周五 9:00-17:00',
      intro: '党支部、业委会、物业一起办实事。',
      rooms: [{ name: '议事厅', use: '三方协商' }],
    })
  })

  test('services are kept once each, in the order given', async () => {
    expect((await t.ok(P.staff, 'station', 'updateProfile', profile)).services).toEqual([
      '家电维修',
      '义诊',
      '调解',
      '代办',
    ])
  })

  test('the team keeps 三方交叉任职: each seat its post, side and the title residents read', async () => {
    const saved = await t.ok(P.staff, 'station', 'updateProfile', profile)
    expect(saved.team).toEqual([
      { name: '李建华', post: 'stationHead', side: 'partyBranch', title: '站长 · 党支部书记' },
      { name: '周敏', post: 'deputyHead', side: 'ownersCommittee', title: '副站长 · 业委会主任' },
      { name: '陈刚', post: 'deputyHead', side: 'propertyCompany', title: '副站长 · 物业项目经理' },
      { name: '何丽', post: 'member', title: '网格员' },
    ])
  })

  test('a 副站长 may edit too', async () => {
    await t.ok(P.deputy, 'station', 'updateProfile', { ...profile, openingHours: '全天' })
    expect((await t.ok(P.guest, 'station', 'get', {})).openingHours).toBe('全天')
  })

  test('the change is audited: who and what', async () => {
    await t.ok(P.staff, 'station', 'updateProfile', profile)
    expect(audits(t, 'station.updateProfile')).toEqual([
      expect.objectContaining({
        actorId: 'mb-xa-head',
        actorName: '李建华',
        targetId: XINAN,
        summary: '修改了驿站资料',
      }),
    ])
  })

  test('only this station changes; the code (what the QR carries) stays', async () => {
    await t.ok(P.staff, 'station', 'updateProfile', { ...profile, name: '新名字' })
    expect((await t.ok(P.guest, 'station', 'get', {}, { stationId: OTHER })).name).toBe('别的小区驿站')
    expect((await t.ok(P.guest, 'station', 'resolve', { code: 'xinan' })).name).toBe('新名字')
  })

  test('a building head or a resident is FORBIDDEN, a guest NOT_MEMBER; nothing is written', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'updateProfile', profile))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'updateProfile', profile))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'updateProfile', profile))
  })

  test("another station's 站长 cannot edit this station", async () => {
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.otherStaff, 'station', 'updateProfile', profile))
  })

  test.each([
    ['name', { name: '' }],
    ['address', { address: '地'.repeat(101) }],
    ['services', { services: Array.from({ length: 31 }, (_, i) => `服务${i}`) }],
    ['services.0', { services: ['服'.repeat(21)] }],
    ['rooms.0.use', { rooms: [{ name: '议事厅' }] }],
    ['team.0.post', { team: [{ name: '李建华', post: 'king', title: '站长' }] }],
    ['team.0.side', { team: [{ name: '李建华', post: 'stationHead', side: 'mayor', title: '站长' }] }],
    ['team.0', { team: ['李建华'] }],
    ['intro', { intro: '介'.repeat(501) }],
  ])('bad %s is INVALID_INPUT naming it, nothing written', async (field, change) => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'updateProfile', { ...profile, ...change }),
      field,
    )
  })
})
