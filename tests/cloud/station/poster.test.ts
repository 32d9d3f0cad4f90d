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

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Fetches a temporary URL as the app's <Image> would; answers the bytes. */
async function fetchImage(url: string): Promise<Buffer> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/png')
  return Buffer.from(await res.arrayBuffer())
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8)).toEqual(PNG)
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

function storedQr(stationId = XINAN) {
  return t.cloud.db.find('qrcodes', { stationId }) as { fileID: string; image?: string }[]
}

describe('station.poster: the printable station QR', () => {
  test('staff get a temporary URL to a PNG QR whose scene is s=<code> (≤ 32 chars), with the address', async () => {
    const poster = await t.ok(P.staff, 'station', 'poster', {})
    expect(poster).toMatchObject({
      stationName: '馨安公寓红旗驿站',
      scene: 's=xinan',
      page: 'pages/entry/index',
    })
    expect(poster.address).toBeTruthy()
    expect(poster.scene.length).toBeLessThanOrEqual(32)
    expect(pngSize(await fetchImage(poster.imageUrl)).width).toBeGreaterThanOrEqual(200)
  })

  test('the image lives in cloud storage, not in the database: the record keeps a station fileID', async () => {
    await t.ok(P.staff, 'station', 'poster', {})
    const [qr] = storedQr()
    expect(qr.image).toBeUndefined()
    expect(qr.fileID).toMatch(
      /^cloud:\/\/local\.[0-9a-f]{4}-local-\d+\/stations\/st-xinan\/poster\/server\/[0-9a-f]+\.png$/,
    )
    expect(pngSize((await t.cloud.storage.read(qr.fileID))!).width).toBeGreaterThanOrEqual(200)
    expect(t.cloud.db.find('files', { fileID: qr.fileID })).toEqual([
      expect.objectContaining({
        stationId: XINAN,
        kind: 'poster',
        itemType: 'qrcode',
        itemId: 's=xinan',
        mime: 'image/png',
      }),
    ])
  })

  test('the QR is generated once and stored (wxacode is rate-limited): asking again returns the same image', async () => {
    const first = await t.ok(P.staff, 'station', 'poster', {})
    const second = await t.ok(P.deputy, 'station', 'poster', {})
    expect(await fetchImage(second.imageUrl)).toEqual(await fetchImage(first.imageUrl))
    expect(second.generatedAt).toBe(first.generatedAt)
    expect(count(t, 'qrcodes', { stationId: XINAN })).toBe(1)
    expect(count(t, 'files', { stationId: XINAN })).toBe(1)
    expect(audits(t, 'station.poster')).toHaveLength(1)
  })

  test('refresh regenerates it, still one stored QR, the old image is deleted, and the generation is audited', async () => {
    await t.ok(P.staff, 'station', 'poster', {})
    const [old] = storedQr()
    const fresh = await t.ok(P.staff, 'station', 'poster', { refresh: true })
    const [now] = storedQr()
    expect(now.fileID).not.toBe(old.fileID)
    expect(await t.cloud.storage.read(old.fileID)).toBeNull()
    expect(t.cloud.db.find('files', { stationId: XINAN }).map((f) => f.fileID)).toEqual([now.fileID])
    pngSize(await fetchImage(fresh.imageUrl))
    expect(count(t, 'qrcodes', { stationId: XINAN })).toBe(1)
    expect(audits(t, 'station.poster').map((a) => a.actorName)).toEqual(['李建华', '李建华'])
  })

  test('two staff regenerating at once leave one QR whose image exists, and no stray files', async () => {
    await t.ok(P.staff, 'station', 'poster', {})
    const [a, b] = await Promise.all([
      t.ok(P.staff, 'station', 'poster', { refresh: true }),
      t.ok(P.deputy, 'station', 'poster', { refresh: true }),
    ])
    const [qr] = storedQr()
    expect(count(t, 'qrcodes', { stationId: XINAN })).toBe(1)
    expect(t.cloud.db.find('files', { stationId: XINAN }).map((f) => f.fileID)).toEqual([qr.fileID])
    expect(await t.cloud.storage.read(qr.fileID)).not.toBeNull()
    for (const view of [a, b]) pngSize(await fetchImage(view.imageUrl))
  })

  test('a stored QR whose image is missing (or an old base64 record) is drawn again', async () => {
    await t.seed({
      qrcodes: [
        {
          _id: 'qr-legacy',
          stationId: XINAN,
          scene: 's=xinan',
          page: 'pages/entry/index',
          image: 'aGk=',
          createdAt: new Date(),
        },
      ] as never,
    })
    const poster = await t.ok(P.staff, 'station', 'poster', {})
    pngSize(await fetchImage(poster.imageUrl))
    const [qr] = storedQr()
    expect(qr.image).toBeUndefined()
    expect(qr.fileID).toMatch(/\.png$/)
  })

  test("another station's staff get their own station's QR, never this one's", async () => {
    const mine = await t.ok(P.staff, 'station', 'poster', {})
    const theirs = await t.ok(P.otherStaff, 'station', 'poster', {}, { stationId: 'st-other' })
    expect(theirs.scene).toBe('s=other')
    expect(theirs.imageUrl).not.toBe(mine.imageUrl)
    expect(storedQr('st-other')[0].fileID).toContain('/stations/st-other/poster/')
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
