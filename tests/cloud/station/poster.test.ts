import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { audits, count, expectRefused, seededCloud } from '../support/helpers'

// Drawing a QR image takes over a second inside jest's sandbox (20 ms in plain node).
jest.setTimeout(30_000)

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

/** Width and height from a PNG's IHDR chunk. */
function pngSize(base64: string): { width: number; height: number } {
  const buf = Buffer.from(base64, 'base64')
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

describe('station.poster: the printable station QR', () => {
  test('staff get a PNG QR whose scene is s=<code> (≤ 32 chars) for the entry page', async () => {
    const poster = await t.ok(P.staff, 'station', 'poster', {})
    expect(poster).toMatchObject({
      stationName: '馨安公寓红旗驿站',
      scene: 's=xinan',
      page: 'pages/entry/index',
    })
    expect(poster.scene.length).toBeLessThanOrEqual(32)
    expect(pngSize(poster.image).width).toBeGreaterThanOrEqual(200)
  })

  test('the QR is generated once and stored (wxacode is rate-limited): asking again returns the same image', async () => {
    const first = await t.ok(P.staff, 'station', 'poster', {})
    const second = await t.ok(P.deputy, 'station', 'poster', {})
    expect(second.image).toBe(first.image)
    expect(second.generatedAt).toBe(first.generatedAt)
    expect(count(t, 'qrcodes', { stationId: XINAN })).toBe(1)
    expect(audits(t, 'station.poster')).toHaveLength(1)
  })

  test('refresh regenerates it, still one stored QR, and the generation is audited', async () => {
    await t.ok(P.staff, 'station', 'poster', {})
    await t.ok(P.staff, 'station', 'poster', { refresh: true })
    expect(count(t, 'qrcodes', { stationId: XINAN })).toBe(1)
    expect(audits(t, 'station.poster').map((a) => a.actorName)).toEqual(['李建华', '李建华'])
  })

  test('a building head is FORBIDDEN and nothing is generated', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'poster', {}))
  })

  test('refresh must be yes or no', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'poster', { refresh: 'yes' }),
      'refresh',
    )
  })
})
