import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { errorOf, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.resolve: the QR scene s=<code> names a station', () => {
  test('a code resolves to that station card only (no team, no members)', async () => {
    const card = await t.ok(P.guest, 'station', 'resolve', { code: 'xinan' })
    expect(card).toEqual({
      stationId: XINAN,
      code: 'xinan',
      name: '馨安公寓红旗驿站',
      address: expect.stringContaining('馨安路88号'),
    })
  })

  test('each code names its own station, whatever station the call says it is in', async () => {
    const card = await t.ok(P.resident, 'station', 'resolve', { code: 'other' }, { stationId: XINAN })
    expect(card.stationId).toBe(OTHER)
  })

  test('the code is trimmed, as a scanned scene may carry spaces', async () => {
    expect((await t.ok(P.guest, 'station', 'resolve', { code: '  xinan ' })).stationId).toBe(XINAN)
  })

  test('an unknown code is NOT_FOUND', async () => {
    await expectRefused(t, 'NOT_FOUND', () => t.call(P.guest, 'station', 'resolve', { code: 'nosuch' }))
  })

  test.each([
    ['the whole scene instead of the code', 's=xinan'],
    ['a percent-encoded Chinese name', '%E9%A6%A8%E5%AE%89'],
    ['Chinese', '馨安'],
    ['one character', 'x'],
    ['more than 24 characters', 'x'.repeat(25)],
    ['empty', ''],
    ['a number', 12345],
  ])('scene garbage (%s) is INVALID_INPUT on code', async (_what, code) => {
    await expectRefused(t, 'INVALID_INPUT', () => t.call(P.guest, 'station', 'resolve', { code }), 'code')
  })

  test('without a WeChat identity it is UNAUTHENTICATED', async () => {
    expect(errorOf(await t.call(null, 'station', 'resolve', { code: 'xinan' })).code).toBe('UNAUTHENTICATED')
  })
})
