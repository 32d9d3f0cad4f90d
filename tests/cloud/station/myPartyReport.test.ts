import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.myPartyReport: my own report', () => {
  test('a reported party member reads their report with the post name', async () => {
    expect(await t.ok(P.party, 'station', 'myPartyReport', {})).toMatchObject({
      reportId: 'pr-mb-xa-party1',
      name: '吴强',
      workUnit: '滨江区市场监管局',
      postId: 'sp-xinan-3',
      postName: '政策宣讲',
    })
  })

  test('someone who has not reported gets null', async () => {
    expect(await t.ok(P.resident, 'station', 'myPartyReport', {})).toBeNull()
    expect(await t.ok(P.pending, 'station', 'myPartyReport', {})).toBeNull()
  })

  test("it is always my own: nobody reads another person's report through it", async () => {
    const mine = await t.ok(P.head1, 'station', 'myPartyReport', { memberId: 'mb-xa-party1' })
    expect(mine!.name).toBe('张桂兰')
  })

  test('guests are NOT_MEMBER', async () => {
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'myPartyReport', {}))
  })
})
