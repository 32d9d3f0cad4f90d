/**
 * The storage seam between wx-server-sdk and the local cloud: what `uploadFile`, `getTempFileURL`,
 * `downloadFile` and `deleteFile` send — the admin request bodies, the upload PUT (its path, the
 * headers carrying the upload ticket, the bytes) and the download GET — compared with a committed
 * capture, then replayed against the real local storage. If an SDK upgrade moves any of it, this
 * fails loudly instead of uploads silently breaking.
 *
 * To refresh the capture after a deliberate upgrade: UPDATE_WIRE_FIXTURE=1 npx jest storage-wire,
 * then review the diff of fixtures/sdk-storage-wire.json like code.
 */
import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import path from 'path'
import { pointSdkAt } from '../../localcloud/sdk-env'
import { fileIdOf, LocalStorage } from '../../localcloud/storage'

const FIXTURE = path.join(__dirname, 'fixtures/sdk-storage-wire.json')
const ENV = 'local'
const CLOUD_PATH = 'wire/图 1.png'
const FILE_ID = fileIdOf(ENV, CLOUD_PATH)
const BYTES = Buffer.from('\x89PNG\r\n\x1a\nwire-bytes', 'latin1')

/** Placeholders the recording server answers with, so the capture shows where each value travels. */
const TICKET = {
  authorization: 'TICKET-AUTHORIZATION',
  token: 'TICKET-TOKEN',
  cosFileId: 'TICKET-COS-FILE-ID',
}

interface Exchange {
  call: string
  method: string
  path: string
  /** Admin requests: the JSON body. */
  body?: Record<string, unknown>
  /** Uploads: the headers the SDK adds (transport headers left out) and the bytes, base64. */
  headers?: Record<string, string>
  bytes?: string
}

type Sdk = {
  init(config: object): void
  DYNAMIC_CURRENT_ENV: unknown
  uploadFile(p: object): Promise<{ fileID: string }>
  getTempFileURL(p: object): Promise<{ fileList: { fileID: string; status: number; tempFileURL: string }[] }>
  downloadFile(p: object): Promise<{ fileContent: Buffer }>
  deleteFile(p: object): Promise<{ fileList: { fileID: string; status: number }[] }>
}

function sdk(adminUrl: string): Sdk {
  pointSdkAt(adminUrl, ENV)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud: Sdk = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  return cloud
}

/** The pinned calls; each answers something the test can check. */
function calls(cloud: Sdk): [string, () => Promise<unknown>][] {
  return [
    ['uploadFile', () => cloud.uploadFile({ cloudPath: CLOUD_PATH, fileContent: BYTES })],
    ['getTempFileURL by id', () => cloud.getTempFileURL({ fileList: [FILE_ID] })],
    [
      'getTempFileURL with maxAge',
      () => cloud.getTempFileURL({ fileList: [{ fileID: FILE_ID, maxAge: 120 }] }),
    ],
    ['downloadFile', () => cloud.downloadFile({ fileID: FILE_ID })],
    ['deleteFile', () => cloud.deleteFile({ fileList: [FILE_ID] })],
  ]
}

const TRANSPORT_HEADERS = new Set(['host', 'connection', 'transfer-encoding', 'content-length'])

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function close(server: http.Server) {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

async function record(): Promise<Exchange[]> {
  const recorded: Exchange[] = []
  let current = ''
  let base = ''
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const { pathname } = new URL(req.url ?? '/', 'http://local')
      const exchange: Exchange = { call: current, method: req.method ?? '', path: decodeURI(pathname) }
      recorded.push(exchange)
      if (pathname === '/admin') {
        const params = JSON.parse(body.toString('utf8'))
        exchange.body = params
        res.setHeader('content-type', 'application/json')
        return res.end(JSON.stringify({ requestId: 'r', ...canned(params, base) }))
      }
      if (req.method === 'PUT') {
        exchange.headers = Object.fromEntries(
          Object.entries(req.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)) as [string, string][],
        )
        exchange.bytes = body.toString('base64')
        return res.end('')
      }
      res.end(BYTES)
    })
  })
  base = await listen(server)
  const cloud = sdk(`${base}/admin`)
  for (const [name, call] of calls(cloud)) {
    current = name
    await call()
  }
  await close(server)
  return recorded
}

/** Replies just good enough for the SDK to carry on; their shapes are the ones the local cloud sends. */
function canned(params: Record<string, unknown>, base: string): Record<string, unknown> {
  switch (params.action) {
    case 'storage.getUploadMetadata':
      return { data: { url: `${base}/cos/${encodeURI(String(params.path))}`, fileId: FILE_ID, ...TICKET } }
    case 'storage.batchGetDownloadUrl':
      return {
        data: {
          download_list: (params.file_list as { fileid: string }[]).map((f) => ({
            fileID: f.fileid,
            tempFileURL: `${base}/cdn/${CLOUD_PATH}`,
            code: 'SUCCESS',
          })),
        },
      }
    case 'storage.batchDeleteFile':
      return {
        data: { delete_list: (params.fileid_list as string[]).map((f) => ({ fileID: f, code: 'SUCCESS' })) },
      }
    default:
      return { code: 'INVALID_PARAM', message: 'not a storage action' }
  }
}

test('wx-server-sdk sends exactly the captured storage requests for the pinned calls', async () => {
  const recorded = await record()
  if (process.env.UPDATE_WIRE_FIXTURE === '1')
    fs.writeFileSync(FIXTURE, JSON.stringify(recorded, null, 2) + '\n')
  const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Exchange[]
  expect(recorded).toEqual(expected)
})

test('the local storage serves every captured request in order, with no error', async () => {
  const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Exchange[]
  let base = ''
  const storage = await LocalStorage.open({ envId: ENV, publicUrl: () => base })
  const server = http.createServer((req, res) => void storage.serve(req, res))
  base = await listen(server)
  let ticket: Record<string, string> = {}
  let tempUrl = ''
  const outcomes: unknown[] = []
  for (const exchange of expected) {
    if (exchange.body) {
      const reply = await storage.handle(exchange.body)
      const data = reply.data as Record<string, unknown> | undefined
      if (exchange.body.action === 'storage.getUploadMetadata') ticket = data as Record<string, string>
      const items = (data?.download_list ?? data?.delete_list ?? []) as {
        code: string
        tempFileURL?: string
      }[]
      if (items[0]?.tempFileURL) tempUrl = items[0].tempFileURL
      outcomes.push([exchange.call, exchange.body.action, reply.code ?? items.map((i) => i.code)])
    } else if (exchange.method === 'PUT') {
      // Each ticket field goes out in the header where the capture shows the SDK put it.
      const headers = Object.fromEntries(
        Object.entries(exchange.headers!).map(([name, value]) => {
          const field = Object.entries(TICKET).find(([, placeholder]) => placeholder === value)?.[0]
          return [name, field ? ticket[field] : value]
        }),
      )
      const res = await fetch(ticket.url, {
        method: 'PUT',
        headers,
        body: Buffer.from(exchange.bytes!, 'base64'),
      })
      outcomes.push([exchange.call, 'PUT', res.status, await res.text()])
    } else {
      const res = await fetch(encodeURI(tempUrl))
      outcomes.push([exchange.call, 'GET', res.status, Buffer.from(await res.arrayBuffer()).equals(BYTES)])
    }
  }
  await close(server)
  expect(outcomes).toEqual([
    ['uploadFile', 'storage.getUploadMetadata', []],
    ['uploadFile', 'PUT', 200, ''],
    ['getTempFileURL by id', 'storage.batchGetDownloadUrl', ['SUCCESS']],
    ['getTempFileURL with maxAge', 'storage.batchGetDownloadUrl', ['SUCCESS']],
    ['downloadFile', 'storage.batchGetDownloadUrl', ['SUCCESS']],
    ['downloadFile', 'GET', 200, true],
    ['deleteFile', 'storage.batchDeleteFile', ['SUCCESS']],
  ])
})
