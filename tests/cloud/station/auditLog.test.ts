import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.auditLog: who did what, when, for whom', () => {
  test('staff read entries newest first with actor, action and a plain summary', async () => {
    await t.ok(P.head1, 'station', 'revealPhone', { memberId: 'mb-xa-res1' })
    await t.ok(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-res2', role: 'staff' })
    const log = await t.ok(P.deputy, 'station', 'auditLog', {})
    expect(log.items.map((e) => [e.actorName, e.action, e.summary])).toEqual([
      ['李建华', 'station.grantRole', '授予 陈小红 驿站工作人员'],
      ['张桂兰', 'station.revealPhone', '查看了 刘阿姨 的完整手机号'],
    ])
    expect(log.items[0]).toMatchObject({
      onBehalfOfName: null,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
  })

  test('an action done by a stand-in names whom it was for', async () => {
    await t.ok(P.proxy, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' })
    const [entry] = (await t.ok(P.staff, 'station', 'auditLog', {})).items
    expect(entry).toMatchObject({ actorName: '王建国', onBehalfOfName: '王奶奶', action: 'proxy.call' })
  })

  test('the log pages', async () => {
    for (const m of ['mb-xa-res1', 'mb-xa-res2', 'mb-xa-res3'])
      await t.ok(P.staff, 'station', 'revealPhone', { memberId: m })
    const page = await t.ok(P.staff, 'station', 'auditLog', { limit: 2 })
    expect(page).toMatchObject({ total: 3, hasMore: true })
    expect((await t.ok(P.staff, 'station', 'auditLog', { limit: 2, skip: 2 })).items).toHaveLength(1)
  })

  test('reading the log is not itself a write', async () => {
    const before = t.snapshot()
    await t.ok(P.staff, 'station', 'auditLog', {})
    expect(t.snapshot()).toBe(before)
  })

  test('building heads and residents are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'auditLog', {}))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'auditLog', {}))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'auditLog', {}))
  })
})
