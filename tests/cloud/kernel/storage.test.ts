/**
 * The kernel's storage rules on the real wx-server-sdk and the local cloud's storage: a file is
 * accepted only from its uploader at its station, only as a real JPEG/PNG/WebP within the kind's
 * limits, is read only through this station's records, and is deleted when an item lets it go.
 * Uploads go the app's ways: the H5 endpoint, or straight to storage as `Taro.cloud.uploadFile` does.
 */
import type { StationActionDef, StationCtx } from '../../../cloudfunctions/_kernel/action'
import { buildStationCtx } from '../../../cloudfunctions/_kernel/context'
import { attach, detach, replace, urlsFor } from '../../../cloudfunctions/_kernel/storage'
import type { AttachSpec } from '../../../cloudfunctions/_kernel/storage'
import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { changedCollections, CHINESE, seededCloud } from '../support/helpers'

jest.setTimeout(30_000)

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 1),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 2)])
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.alloc(4),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(300, 3),
])
const TEXT = Buffer.from('this is not a picture, whatever its name says')

const TOPIC: AttachSpec = { kind: 'topic', itemType: 'topic', itemId: 'tp-1' }

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

/** The context an action of this person at this station would get. */
function ctxOf(openid: string, stationId = XINAN): Promise<StationCtx> {
  const def = { scope: 'station', access: 'guest' } as unknown as StationActionDef<never, unknown>
  return buildStationCtx(def, {
    openid,
    stationId,
    onBehalfOf: undefined,
    requestId: 'test',
    now: new Date(),
  })
}

let seq = 0
/** Uploads as the H5 app does: ask where, then POST the bytes to the local endpoint. */
async function uploadH5(openid: string, bytes: Buffer, stationId = XINAN, ext = 'png'): Promise<string> {
  const { prefix } = await t.ok(openid, 'station', 'uploadTarget', { kind: 'topic' }, { stationId })
  const cloudPath = `${prefix}${`upload${++seq}`.padEnd(12, '0')}.${ext}`
  const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { 'x-dev-openid': openid },
  })
  const body = (await res.json()) as { ok: boolean; data: { fileID: string } }
  expect(body.ok).toBe(true)
  return body.data.fileID
}

/** Uploads as the mini-program does: straight to storage (`Taro.cloud.uploadFile`), no size check. */
async function uploadWeapp(openid: string, bytes: Buffer, kind = 'topic'): Promise<string> {
  const { prefix } = await t.ok(openid, 'station', 'uploadTarget', { kind: 'topic' })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk')
  const cloudPath = `${prefix.replace('/topic/', `/${kind}/`)}${`weapp${++seq}`.padEnd(12, '0')}.png`
  return (await sdk.uploadFile({ cloudPath, fileContent: bytes })).fileID
}

async function bytesAt(url: string): Promise<Buffer> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

/** Expects INVALID_INPUT naming `field` in plain Chinese, and that nothing was written. */
async function expectInvalid(run: () => Promise<unknown>, field: string, message: RegExp) {
  const before = t.snapshot()
  await expect(run()).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    field,
    message: expect.stringMatching(message),
  })
  await expect(run()).rejects.toMatchObject({ message: expect.stringMatching(CHINESE) })
  expect(changedCollections(before, t.snapshot())).toEqual([])
}

/** An upload into an anonymous folder (something published anonymously), the H5 way. */
async function uploadAnonymous(openid: string, bytes: Buffer): Promise<{ fileID: string; prefix: string }> {
  const target = await t.ok(openid, 'station', 'uploadTarget', { kind: 'topic', anonymous: true })
  const cloudPath = `${target.prefix}${target.namePrefix}${`anon${++seq}`.padEnd(12, '0')}.png`
  const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { 'x-dev-openid': openid },
  })
  const body = (await res.json()) as { ok: boolean; data: { fileID: string } }
  expect(body.ok).toBe(true)
  return { fileID: body.data.fileID, prefix: target.prefix }
}

describe('anonymous uploads: a folder that does not name the uploader', () => {
  test('each anonymous target is a fresh folder, unlike the own one; the uploader may attach from it, nobody else', async () => {
    const own = await t.ok(P.resident, 'station', 'uploadTarget', { kind: 'topic' })
    expect(own.namePrefix).toBe('')
    const a = await uploadAnonymous(P.resident, PNG)
    const b = await uploadAnonymous(P.resident, PNG)
    expect(new Set([own.prefix, a.prefix, b.prefix]).size).toBe(3)
    const [doc] = await attach(await ctxOf(P.resident), [a.fileID], TOPIC)
    expect(doc).toMatchObject({ fileID: a.fileID, ownerMemberId: 'mb-xa-res1' })
    const theirs = await uploadAnonymous(P.resident2, PNG)
    await expectInvalid(
      async () => attach(await ctxOf(P.resident), [theirs.fileID], TOPIC),
      'images.0',
      /不是您在本驿站上传的/,
    )
  })

  test("the H5 upload endpoint refuses someone else's anonymous folder", async () => {
    const target = await t.ok(P.resident2, 'station', 'uploadTarget', { kind: 'topic', anonymous: true })
    const cloudPath = `${target.prefix}${target.namePrefix}intruder000.png`
    const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      body: new Uint8Array(PNG),
      headers: { 'x-dev-openid': P.resident },
    })
    expect(res.status).toBe(403)
  })
})

describe('upload → attach → temporary URL → read', () => {
  test('a resident attaches her upload; a neighbour of the same station reads it through a temporary URL', async () => {
    const fileID = await uploadH5(P.resident, PNG)
    const [doc] = await attach(await ctxOf(P.resident), [fileID], TOPIC)
    expect(doc).toMatchObject({
      stationId: XINAN,
      fileID,
      kind: 'topic',
      itemType: 'topic',
      itemId: 'tp-1',
      ownerMemberId: 'mb-xa-res1',
      ownerOpenid: P.resident,
      bytes: PNG.length,
      mime: 'image/png',
    })
    const [url] = await urlsFor(await ctxOf(P.resident2), [fileID])
    expect(await bytesAt(url)).toEqual(PNG)
  })

  test('JPEG and WebP are recognised by their bytes', async () => {
    const ids = [
      await uploadH5(P.resident, JPEG, XINAN, 'jpg'),
      await uploadH5(P.resident, WEBP, XINAN, 'webp'),
    ]
    const docs = await attach(await ctxOf(P.resident), ids, TOPIC)
    expect(docs.map((d) => d.mime)).toEqual(['image/jpeg', 'image/webp'])
  })

  test('a file uploaded straight to storage (the mini-program way) is accepted the same way', async () => {
    const fileID = await uploadWeapp(P.resident, PNG)
    await attach(await ctxOf(P.resident), [fileID], TOPIC)
    expect(await bytesAt((await urlsFor(await ctxOf(P.staff), [fileID]))[0])).toEqual(PNG)
  })

  test('URLs come back in input order, live two hours by default, and unknown ids get none', async () => {
    const ctx = await ctxOf(P.resident)
    const a = await uploadH5(P.resident, PNG)
    const b = await uploadH5(P.resident, JPEG, XINAN, 'jpg')
    await attach(ctx, [a, b], TOPIC)
    const never = a.replace(/[^/]+\.png$/, 'neveruploaded.png')
    const urls = await urlsFor(ctx, [b, never, a])
    expect(await bytesAt(urls[0])).toEqual(JPEG)
    expect(urls[1]).toBe('')
    expect(await bytesAt(urls[2])).toEqual(PNG)
    const expires = Number(new URL(urls[0]).searchParams.get('t'))
    expect(Math.abs(expires - (Date.now() / 1000 + 7200))).toBeLessThan(60)
  })

  test('attaching again to the same item keeps the record and writes nothing new', async () => {
    const ctx = await ctxOf(P.resident)
    const fileID = await uploadH5(P.resident, PNG)
    await attach(ctx, [fileID], TOPIC)
    const before = t.snapshot()
    await attach(ctx, [fileID], TOPIC)
    expect(changedCollections(before, t.snapshot())).toEqual([])
  })
})

describe('a file belongs to a station and to whoever uploaded it', () => {
  test("another station's member cannot attach it, and gets no URL for it", async () => {
    const fileID = await uploadH5(P.resident, PNG)
    await expectInvalid(
      async () => attach(await ctxOf(P.otherResident, OTHER), [fileID], TOPIC),
      'images.0',
      /不是您在本驿站上传的/,
    )
    await attach(await ctxOf(P.resident), [fileID], TOPIC)
    expect(await urlsFor(await ctxOf(P.otherResident, OTHER), [fileID])).toEqual([''])
    expect(await urlsFor(await ctxOf(P.otherStaff, OTHER), [fileID])).toEqual([''])
  })

  test("another station's member cannot pass off their own upload here", async () => {
    const theirs = await uploadH5(P.otherResident, PNG, OTHER)
    await expectInvalid(
      async () => attach(await ctxOf(P.otherResident), [theirs], TOPIC),
      'images.0',
      /本驿站/,
    )
  })

  test("a neighbour at the same station cannot attach someone else's upload", async () => {
    const hers = await uploadH5(P.resident, PNG)
    await expectInvalid(async () => attach(await ctxOf(P.resident2), [hers], TOPIC), 'images.0', /不是您/)
  })

  test('an upload for one kind cannot be attached as another', async () => {
    const topicPhoto = await uploadH5(P.resident, PNG)
    await expectInvalid(
      async () => attach(await ctxOf(P.resident), [topicPhoto], { ...TOPIC, kind: 'wish' }),
      'images.0',
      /不是您/,
    )
  })

  test('a file of another environment is refused', async () => {
    const fileID = (await uploadH5(P.resident, PNG)).replace('cloud://local.', 'cloud://prod.')
    await expectInvalid(async () => attach(await ctxOf(P.resident), [fileID], TOPIC), 'images.0', /不是您/)
  })

  test('a file already attached to another item is refused for this one', async () => {
    const ctx = await ctxOf(P.resident)
    const fileID = await uploadH5(P.resident, PNG)
    await attach(ctx, [fileID], TOPIC)
    await expectInvalid(() => attach(ctx, [fileID], { ...TOPIC, itemId: 'tp-2' }), 'images.0', /已经用在别处/)
  })
})

describe('limits, checked on the server: INVALID_INPUT naming the field, nothing written', () => {
  test('a .png that is really text is refused as not an image', async () => {
    const ctx = await ctxOf(P.resident)
    const ids = [await uploadH5(P.resident, PNG), await uploadH5(P.resident, TEXT)]
    await expectInvalid(() => attach(ctx, ids, TOPIC), 'images.1', /^第2张图片不是JPG、PNG、WebP格式的图片/)
  })

  test('a type the item does not take is refused (a poster-only PNG rule, here a JPEG)', async () => {
    const ctx = await ctxOf(P.resident)
    const ids = [await uploadH5(P.resident, JPEG, XINAN, 'jpg')]
    await expectInvalid(() => attach(ctx, ids, { ...TOPIC, types: ['image/png'] }), 'images.0', /不是PNG格式/)
  })

  test("a file over the kind's size limit is refused (uploaded straight to storage, past the H5 check)", async () => {
    const ctx = await ctxOf(P.resident)
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])
    const ids = [await uploadWeapp(P.resident, big)]
    await expectInvalid(() => attach(ctx, ids, TOPIC), 'images.0', /^第1张图片太大了，不能超过5MB/)
  })

  test('a tighter limit set by the action applies', async () => {
    const ctx = await ctxOf(P.resident)
    const ids = [await uploadH5(P.resident, PNG)]
    await expectInvalid(() => attach(ctx, ids, { ...TOPIC, maxBytes: 100 }), 'images.0', /不能超过100字节/)
  })

  test('more than the kind allows is refused on the list itself', async () => {
    const ctx = await ctxOf(P.resident)
    const ids = Array.from({ length: 10 }, (_, i) => `cloud://local.x/${i}.png`)
    await expectInvalid(() => attach(ctx, ids, TOPIC), 'images', /^议题图片最多9张$/)
  })

  test('the same file twice is refused at its second place', async () => {
    const ctx = await ctxOf(P.resident)
    const fileID = await uploadH5(P.resident, PNG)
    await expectInvalid(() => attach(ctx, [fileID, fileID], TOPIC), 'images.1', /重复/)
  })

  test('an id in my folder that was never uploaded is refused', async () => {
    const ctx = await ctxOf(P.resident)
    const real = await uploadH5(P.resident, PNG)
    const ghost = real.replace(/[^/]+\.png$/, 'ghost0000000.png')
    await expectInvalid(() => attach(ctx, [real, ghost], TOPIC), 'images.1', /没有上传成功/)
  })

  test('the field name is the one the action passes', async () => {
    const ctx = await ctxOf(P.resident)
    const ids = [await uploadH5(P.resident, TEXT)]
    await expectInvalid(() => attach(ctx, ids, { ...TOPIC, field: 'photos' }), 'photos.0', /不是/)
  })
})

describe('files no longer used are deleted', () => {
  test('replace keeps what stays, adds what is new, writes the item, then deletes what was dropped', async () => {
    const ctx = await ctxOf(P.resident)
    const [a, b, c] = [
      await uploadH5(P.resident, PNG),
      await uploadH5(P.resident, JPEG, XINAN, 'jpg'),
      await uploadH5(P.resident, WEBP, XINAN, 'webp'),
    ]
    await attach(ctx, [a, b], TOPIC)
    let storedDuringWrite: Buffer | null = null
    await replace(ctx, [b, c], TOPIC, async () => {
      // The item is written while the dropped file still exists: a failed write leaves nothing dangling.
      storedDuringWrite = await t.cloud.storage.read(a)
    })
    expect(storedDuringWrite).toEqual(PNG)
    expect(await t.cloud.storage.read(a)).toBeNull()
    const kept = t.cloud.db.find('files', { stationId: XINAN, itemId: 'tp-1' }).map((f) => f.fileID)
    expect(kept.sort()).toEqual([b, c].sort())
  })

  test('replace refused by a limit writes nothing and deletes nothing', async () => {
    const ctx = await ctxOf(P.resident)
    const a = await uploadH5(P.resident, PNG)
    await attach(ctx, [a], TOPIC)
    const bad = await uploadH5(P.resident, TEXT)
    const write = jest.fn(async () => undefined)
    await expectInvalid(() => replace(ctx, [bad], TOPIC, write), 'images.0', /不是/)
    expect(write).not.toHaveBeenCalled()
    expect(await t.cloud.storage.read(a)).toEqual(PNG)
  })

  test('a failed item write undoes the new records, so the same upload can go with a retry', async () => {
    const ctx = await ctxOf(P.resident)
    const fileID = await uploadH5(P.resident, PNG)
    const before = t.snapshot()
    await expect(
      replace(ctx, [fileID], { ...TOPIC, itemId: 'tp-new-1' }, async () => {
        throw new Error('the item could not be written')
      }),
    ).rejects.toThrow('could not be written')
    expect(changedCollections(before, t.snapshot())).toEqual([])
    await replace(ctx, [fileID], { ...TOPIC, itemId: 'tp-new-2' }, async () => undefined)
    expect(t.cloud.db.find('files', { fileID })).toEqual([expect.objectContaining({ itemId: 'tp-new-2' })])
  })

  test('detach deletes every file of the item, from storage and from the records', async () => {
    const ctx = await ctxOf(P.resident)
    const ids = [await uploadH5(P.resident, PNG), await uploadH5(P.resident, JPEG, XINAN, 'jpg')]
    await attach(ctx, ids, TOPIC)
    const [url] = await urlsFor(ctx, ids)
    expect((await detach(ctx, TOPIC)).sort()).toEqual([...ids].sort())
    for (const id of ids) expect(await t.cloud.storage.read(id)).toBeNull()
    expect(t.cloud.db.find('files', { stationId: XINAN })).toEqual([])
    expect((await fetch(url)).status).toBe(404)
  })

  test("detach at another station touches nothing of this one's", async () => {
    const fileID = await uploadH5(P.resident, PNG)
    await attach(await ctxOf(P.resident), [fileID], TOPIC)
    expect(await detach(await ctxOf(P.otherStaff, OTHER), TOPIC)).toEqual([])
    expect(await t.cloud.storage.read(fileID)).toEqual(PNG)
  })
})
