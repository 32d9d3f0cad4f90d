/**
 * The one client, H5 transport: answers become data or a CallError; network failures and
 * timeouts become typed errors the UI can show; the dev identity rides in a header.
 */
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { cloud: {} } }))

const g = globalThis as Record<string, unknown>
g.LOCAL_CLOUD = true
process.env.TARO_ENV = 'h5'

/* eslint-disable @typescript-eslint/no-require-imports */
const { call, CallError, setCallContext } = require('@/cloud/client') as typeof import('@/cloud/client')
/* eslint-enable @typescript-eslint/no-require-imports */

const store = new Map<string, string>()
g.localStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
}

interface Sent {
  url: string
  headers: Record<string, string>
  body: Record<string, unknown>
}
let sent: Sent[] = []

function respond(fn: (init: RequestInit) => Promise<Response> | Response) {
  g.fetch = jest.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) })
    return fn(init)
  })
}

beforeEach(() => {
  sent = []
  store.set('linli.devOpenid', 'demo-head')
  setCallContext({ stationId: 'st-xinan' })
})

test('an ok envelope resolves to its data; the request carries action, input, station and identity', async () => {
  respond(() => new Response(JSON.stringify({ ok: true, data: { name: '馨安' } })))
  await expect(call('station', 'get', {})).resolves.toEqual({ name: '馨安' })
  expect(sent[0]).toEqual({
    url: '/api/station',
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': 'demo-head' },
    body: { action: 'get', input: {}, stationId: 'st-xinan' },
  })
})

test('an error envelope rejects with its code, message and field', async () => {
  respond(
    () =>
      new Response(
        JSON.stringify({
          ok: false,
          error: { code: 'INVALID_INPUT', message: '请填写「姓名」', field: 'name' },
        }),
      ),
  )
  const err = await call('station', 'me', {}).catch((e) => e)
  expect(err).toBeInstanceOf(CallError)
  expect([err.code, err.message, err.field]).toEqual(['INVALID_INPUT', '请填写「姓名」', 'name'])
})

test('no network is NETWORK_ERROR in plain words', async () => {
  respond(() => Promise.reject(new TypeError('Failed to fetch')))
  const err = await call('station', 'me', {}).catch((e) => e)
  expect([err.code, err.message]).toEqual(['NETWORK_ERROR', '网络连接失败，请检查网络后重试'])
})

test('a function timeout (504) is TIMEOUT', async () => {
  respond(() => new Response('{}', { status: 504 }))
  expect((await call('station', 'me', {}).catch((e) => e)).code).toBe('TIMEOUT')
})

test('a client-side timeout aborts the request and is TIMEOUT', async () => {
  jest.useFakeTimers()
  respond(
    (init) =>
      new Promise((_, reject) => {
        init.signal!.addEventListener('abort', () =>
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
        )
      }),
  )
  const pending = call('station', 'me', {}).catch((e) => e)
  await jest.advanceTimersByTimeAsync(15_001)
  expect((await pending).code).toBe('TIMEOUT')
  jest.useRealTimers()
})

test('an answer that is not an envelope is INTERNAL, not a crash', async () => {
  respond(() => new Response('<html>502</html>'))
  expect((await call('station', 'me', {}).catch((e) => e)).code).toBe('INTERNAL')
})

test('a first visit gets a fresh guest identity, kept across calls', async () => {
  store.delete('linli.devOpenid')
  respond(() => new Response(JSON.stringify({ ok: true, data: null })))
  await call('station', 'me', {})
  await call('station', 'me', {})
  const ids = sent.map((s) => s.headers['X-Dev-OpenId'])
  expect(ids[0]).toMatch(/^guest-[a-z0-9]+$/)
  expect(ids[1]).toBe(ids[0])
})

export {}
