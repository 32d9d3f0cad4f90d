import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.listRoleHolders: who holds a granted role here', () => {
  test('站长, 副站长, 楼长, 活动组织者 and 商家 with their roles and scopes; no one without a role', async () => {
    const { items } = await t.ok(P.staff, 'station', 'listRoleHolders', {})
    expect(items.map((m) => [m.name, m.roles, m.side, m.headOf])).toEqual([
      ['李建华', ['stationHead'], 'partyBranch', []],
      ['周敏', ['deputyHead', 'sideRep'], 'ownersCommittee', []],
      ['陈刚', ['deputyHead', 'sideRep'], 'propertyCompany', []],
      ['张桂兰', ['buildingHead'], null, ['bd-xinan-1', 'bd-xinan-2']],
      ['王德明', ['buildingHead'], null, ['bd-xinan-3', 'bd-xinan-4']],
      ['赵敏', ['organiser'], null, []],
      ['张师傅', ['merchant'], null, []],
    ])
    const scopes = items.filter((m) => m.roles.includes('organiser') || m.roles.includes('merchant'))
    expect(scopes.map((m) => [m.organiserOf, m.merchantOf])).toEqual([
      [['vt-xinan-flag1', 'vt-xinan-youth'], null],
      [[], '老街理发店'],
    ])
  })

  test('a role granted or revoked shows at once', async () => {
    await t.ok(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-vol1', role: 'staff' })
    await t.ok(P.staff, 'station', 'revokeRole', { memberId: 'mb-xa-bh2', role: 'buildingHead' })
    const names = (await t.ok(P.staff, 'station', 'listRoleHolders', {})).items.map((m) => m.name)
    expect(names).toContain('孙晓')
    expect(names).not.toContain('王德明')
  })

  test('phones are masked', async () => {
    expect(JSON.stringify(await t.ok(P.staff, 'station', 'listRoleHolders', {}))).not.toMatch(/1[3-9]\d{9}/)
  })

  test('building heads and residents are FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'listRoleHolders', {}))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'listRoleHolders', {}))
  })
})
