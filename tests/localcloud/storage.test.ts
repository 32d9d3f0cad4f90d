/**
 * The local cloud's file storage, driven through the real wx-server-sdk and over HTTP as the app
 * and the SDK reach it: upload, temporary URLs (signed, expiring), download, delete, persistence
 * across a restart, the H5 upload endpoint's rules, and what a served file may claim to be.
 */
import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import type { AddressInfo } from 'net'
import { memberPrefix } from '../../types/storage-paths'
import { LocalCloud } from '../../localcloud'
import { fileIdOf, LocalStorage } from '../../localcloud/storage'

const ROOT = path.resolve(__dirname, '../..')
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
])

interface Sdk {
  uploadFile(p: object): Promise<{ fileID: string }>
  getTempFileURL(
    p: object,
  ): Promise<{ fileList: { fileID: string; status: number; tempFileURL: string; maxAge?: number }[] }>
  downloadFile(p: object): Promise<{ fileContent: Buffer }>
  deleteFile(p: object): Promise<{ fileList: { fileID: string; status: number }[] }>
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloudSdk = (): Sdk => require('wx-server-sdk')

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-storage-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

async function start(dataDir?: string): Promise<{ cloud: LocalCloud; sdk: Sdk }> {
  const cloud = await LocalCloud.start({ root: ROOT, dataDir, functions: 'source' })
  const sdk = cloudSdk()
  ;(sdk as unknown as { init(c: object): void }).init({ env: 'local' })
  return { cloud, sdk }
}

async function urlOf(sdk: Sdk, fileID: string, maxAge?: number): Promise<string> {
  const { fileList } = await sdk.getTempFileURL({ fileList: [maxAge ? { fileID, maxAge } : fileID] })
  expect(fileList[0].status).toBe(0)
  return fileList[0].tempFileURL
}

describe('through wx-server-sdk', () => {
  let cloud: LocalCloud
  let sdk: Sdk
  beforeAll(async () => ({ cloud, sdk } = await start()))
  afterAll(() => cloud.stop())

  test('uploadFile answers a fileID in the cloud format; the temporary URL and downloadFile give the same bytes', async () => {
    const { fileID } = await sdk.uploadFile({ cloudPath: 'stations/s1/topic/abc/one.png', fileContent: PNG })
    expect(fileID).toBe('cloud://local.6c6f-local-1300000000/stations/s1/topic/abc/one.png')
    const url = await urlOf(sdk, fileID)
    expect(url.startsWith(`${cloud.url}/storage/`)).toBe(true)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG)
    expect((await sdk.downloadFile({ fileID })).fileContent).toEqual(PNG)
  })

  test('uploading to the same cloudPath replaces the file, as COS does', async () => {
    const cloudPath = 'replace/me.png'
    await sdk.uploadFile({ cloudPath, fileContent: Buffer.from('first') })
    const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: Buffer.from('second') })
    expect((await sdk.downloadFile({ fileID })).fileContent.toString()).toBe('second')
  })

  test('maxAge is honoured up to one day; the default is one day', async () => {
    const { fileID } = await sdk.uploadFile({ cloudPath: 'age/a.png', fileContent: PNG })
    const { fileList } = await sdk.getTempFileURL({
      fileList: [fileID, { fileID, maxAge: 60 }, { fileID, maxAge: 999999 }],
    })
    expect(fileList.map((f) => f.maxAge)).toEqual([86400, 60, 86400])
  })

  test('deleteFile removes the file: no new URL, downloadFile fails, an old URL answers 404', async () => {
    const { fileID } = await sdk.uploadFile({ cloudPath: 'gone/soon.png', fileContent: PNG })
    const url = await urlOf(sdk, fileID)
    const deleted = await sdk.deleteFile({ fileList: [fileID] })
    expect(deleted.fileList).toEqual([{ fileID, status: 0, errMsg: 'ok' }])
    expect(await cloud.storage.read(fileID)).toBeNull()
    const { fileList } = await sdk.getTempFileURL({ fileList: [fileID] })
    expect(fileList[0]).toMatchObject({ status: -503003, tempFileURL: '' })
    await expect(sdk.downloadFile({ fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' })
    expect((await fetch(url)).status).toBe(404)
    // Deleting again is reported per file, not thrown.
    expect((await sdk.deleteFile({ fileList: [fileID] })).fileList[0].status).toBe(-503003)
  })

  test('file ids of another environment or bucket, and malformed ones, get no URL and delete nothing', async () => {
    const { fileID } = await sdk.uploadFile({ cloudPath: 'mine/keep.png', fileContent: PNG })
    const foreign = [
      fileID.replace('cloud://local.', 'cloud://prod.'),
      fileID.replace('6c6f-local', '6c6f-other'),
      'cloud://local.6c6f-local-1300000000/../etc/passwd',
      'not-a-file-id',
    ]
    const urls = await sdk.getTempFileURL({ fileList: foreign })
    expect(urls.fileList.map((f) => [f.status, f.tempFileURL])).toEqual(foreign.map(() => [-501007, '']))
    const deleted = await sdk.deleteFile({ fileList: foreign })
    expect(deleted.fileList.map((f) => f.status)).toEqual(foreign.map(() => -501007))
    expect(await cloud.storage.read(fileID)).toEqual(PNG)
  })

  test('a cloudPath with .. segments, a leading slash or a ? is refused at upload', async () => {
    for (const cloudPath of ['a/../b.png', '/abs.png', 'q?x.png'])
      await expect(sdk.uploadFile({ cloudPath, fileContent: PNG })).rejects.toMatchObject({
        code: 'INVALID_PARAM',
      })
  })

  test('more than 50 files in one request is refused, as in the cloud', async () => {
    const fileList = Array.from({ length: 51 }, (_, i) => fileIdOf('local', `many/${i}.png`))
    await expect(sdk.getTempFileURL({ fileList })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })
})

describe('over HTTP: what a URL may do', () => {
  let cloud: LocalCloud
  let sdk: Sdk
  let fileID: string
  beforeAll(async () => {
    ;({ cloud, sdk } = await start())
    fileID = (await sdk.uploadFile({ cloudPath: 'http/a.png', fileContent: PNG })).fileID
  })
  afterAll(() => cloud.stop())

  test('an altered signature, another file under the same signature, or no signature: 403', async () => {
    const url = new URL(await urlOf(sdk, fileID))
    const sign = url.searchParams.get('sign')!
    const altered = new URL(url)
    altered.searchParams.set(
      'sign',
      sign.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    )
    const otherFile = new URL(url)
    otherFile.pathname = otherFile.pathname.replace('a.png', 'b.png')
    const later = new URL(url)
    later.searchParams.set('t', String(Number(url.searchParams.get('t')) + 3600))
    const bare = new URL(url)
    bare.search = ''
    for (const u of [altered, otherFile, later, bare]) {
      const res = await fetch(u)
      expect(res.status).toBe(403)
      expect(await res.text()).toContain('<Code>AccessDenied</Code>')
    }
  })

  test('a byte range is served with 206 and the total size (what attach reads to judge a file)', async () => {
    const res = await fetch(await urlOf(sdk, fileID), { headers: { range: 'bytes=0-15' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-15/${PNG.length}`)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG.subarray(0, 16))
  })

  test('HEAD answers the size and type without the body', async () => {
    const res = await fetch(await urlOf(sdk, fileID), { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(PNG.length))
  })

  test('a file whose name is not an image is an attachment, never rendered on the app origin', async () => {
    const html = (
      await sdk.uploadFile({ cloudPath: 'http/page.html', fileContent: Buffer.from('<script>1</script>') })
    ).fileID
    const res = await fetch(await urlOf(sdk, html))
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain('sandbox')
  })

  test('a PUT without the ticket from getUploadMetadata is refused and stores nothing', async () => {
    const target = `${cloud.url}/storage/local.6c6f-local-1300000000/http/forged.png`
    const res = await fetch(target, { method: 'PUT', body: PNG, headers: { authorization: 'x'.repeat(64) } })
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('SignatureDoesNotMatch')
    expect(await cloud.storage.read(fileIdOf('local', 'http/forged.png'))).toBeNull()
  })
})

describe('temporary URLs expire', () => {
  let server: http.Server
  let storage: LocalStorage
  let now = Date.UTC(2026, 10, 20)
  beforeAll(async () => {
    let base = ''
    storage = await LocalStorage.open({ envId: 'local', publicUrl: () => base, now: () => now })
    server = http.createServer((req, res) => void storage.serve(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  test('a URL works until its maxAge has passed, then answers 403', async () => {
    const fileID = fileIdOf('local', 'expiry/a.png')
    const meta = (await storage.handle({ action: 'storage.getUploadMetadata', path: 'expiry/a.png' }))
      .data as Record<string, string>
    const put = await fetch(meta.url, {
      method: 'PUT',
      body: PNG,
      headers: {
        authorization: meta.authorization,
        'x-cos-security-token': meta.token,
        'x-cos-meta-fileid': meta.cosFileId,
      },
    })
    expect(put.status).toBe(200)
    const reply = await storage.handle({
      action: 'storage.batchGetDownloadUrl',
      file_list: [{ fileid: fileID, max_age: 60 }],
    })
    const url = (reply.data as { download_list: { tempFileURL: string }[] }).download_list[0].tempFileURL
    now += 59_000
    expect((await fetch(url)).status).toBe(200)
    now += 2_000
    const res = await fetch(url)
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('expired')
  })

  test('an upload ticket expires too', async () => {
    const meta = (await storage.handle({ action: 'storage.getUploadMetadata', path: 'expiry/late.png' }))
      .data as Record<string, string>
    now += 16 * 60_000
    const put = await fetch(meta.url, {
      method: 'PUT',
      body: PNG,
      headers: {
        authorization: meta.authorization,
        'x-cos-security-token': meta.token,
        'x-cos-meta-fileid': meta.cosFileId,
      },
    })
    expect(put.status).toBe(403)
    expect(await storage.read(fileIdOf('local', 'expiry/late.png'))).toBeNull()
  })
})

describe('with a data directory', () => {
  test('files and the URLs already handed out survive a restart of the local cloud', async () => {
    const dir = tempDir()
    let { cloud, sdk } = await start(dir)
    const { fileID } = await sdk.uploadFile({ cloudPath: 'keep/photo.png', fileContent: PNG })
    const before = await urlOf(sdk, fileID)
    await cloud.stop()
    ;({ cloud, sdk } = await start(dir))
    try {
      expect((await sdk.downloadFile({ fileID })).fileContent).toEqual(PNG)
      const res = await fetch(before.replace(/^http:\/\/[^/]+/, cloud.url))
      expect(res.status).toBe(200)
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG)
    } finally {
      await cloud.stop()
    }
    // Named by hash under storage/objects, never by cloudPath; nothing left in tmp/.
    const objects = path.join(dir, 'storage', 'objects')
    expect(fs.readdirSync(objects).every((name) => /^[0-9a-f]{2}$/.test(name))).toBe(true)
    expect(fs.readdirSync(path.join(dir, 'storage', 'tmp'))).toEqual([])
  })

  test('an upload cut short before its rename is swept at open and never shows under its fileID', async () => {
    const dir = tempDir()
    let { cloud, sdk } = await start(dir)
    const { fileID } = await sdk.uploadFile({ cloudPath: 'torn/a.png', fileContent: PNG })
    await cloud.stop()
    fs.writeFileSync(path.join(dir, 'storage', 'tmp', 'half-written'), PNG.subarray(0, 9))
    ;({ cloud, sdk } = await start(dir))
    try {
      expect(fs.readdirSync(path.join(dir, 'storage', 'tmp'))).toEqual([])
      expect((await sdk.downloadFile({ fileID })).fileContent).toEqual(PNG)
    } finally {
      await cloud.stop()
    }
  })
})

describe('the H5 upload endpoint (stand-in for Taro.cloud.uploadFile)', () => {
  let cloud: LocalCloud
  beforeAll(async () => ({ cloud } = await start()))
  afterAll(() => cloud.stop())

  const upload = (cloudPath: string, body: Buffer, openid: string | null = 'demo-resident') =>
    fetch(`${cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      body: new Uint8Array(body),
      headers: openid ? { 'x-dev-openid': openid } : {},
    })
  const mine = (kind = 'topic', openid = 'demo-resident') =>
    `${memberPrefix('st-xinan', kind, openid)}a1b2c3d4e5f6.png`

  test("a file in the caller's own folder is stored and answered with its fileID", async () => {
    const res = await upload(mine(), PNG)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { ok: true; data: { fileID: string } }
    expect(body).toEqual({ ok: true, data: { fileID: fileIdOf('local', mine()) } })
    expect(await cloud.storage.read(body.data.fileID)).toEqual(PNG)
  })

  test("someone else's folder, a kind only functions make, or a path outside the scheme: 403, nothing stored", async () => {
    for (const cloudPath of [
      mine('topic', 'demo-staff'),
      mine('poster'),
      `${memberPrefix('st-xinan', 'topic', 'demo-resident')}../x.png`,
      'anything/else.png',
    ]) {
      const res = await upload(cloudPath, PNG)
      expect(res.status).toBe(403)
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(await cloud.storage.read(fileIdOf('local', cloudPath))).toBeNull()
    }
  })

  test('without an identity: 401', async () => {
    expect((await upload(mine(), PNG, null)).status).toBe(401)
  })

  test("a body over the kind's size limit: 413 INVALID_INPUT in plain Chinese, nothing stored", async () => {
    const cloudPath = mine('topic').replace('a1b2', 'big0')
    const res = await upload(cloudPath, Buffer.alloc(5 * 1024 * 1024 + 1))
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '图片太大了，不能超过5MB' },
    })
    expect(await cloud.storage.read(fileIdOf('local', cloudPath))).toBeNull()
  })
})
