/** The admin endpoint's HTTP behaviour, below what the SDK exercises. */
import http from 'http'
import type { AddressInfo } from 'net'
import { createAdminHandler, LocalDatabase } from '../../localcloud/db'

let db: LocalDatabase
let server: http.Server
let url: string
const forwarded: unknown[] = []

beforeAll(async () => {
  db = await LocalDatabase.open()
  await db.createCollection('c')
  const fallback = async (params: Record<string, unknown>) => {
    forwarded.push(params.action)
    return { result: 'from the function host' }
  }
  server = http.createServer(createAdminHandler(db, { fallback }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin?env=local`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await db.close()
})

async function post(body: string) {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

test('database actions are answered by the database with HTTP 200 and a requestId', async () => {
  const { status, body } = await post(
    JSON.stringify({ action: 'database.calculateDocument', collectionName: 'c' }),
  )
  expect(status).toBe(200)
  expect(body).toEqual({ requestId: expect.any(String), data: { total: 0 } })
})

test('errors also come back as HTTP 200 with {code, message}, which is what the SDK turns into a throw', async () => {
  const { status, body } = await post(
    JSON.stringify({ action: 'database.getDocument', collectionName: 'missing' }),
  )
  expect(status).toBe(200)
  expect(body.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
  expect((await post('not json')).body.code).toBe('INVALID_PARAM')
})

test('other actions go to the fallback (e.g. functions.invokeFunction for the function host)', async () => {
  const { body } = await post(
    JSON.stringify({ action: 'functions.invokeFunction', function_name: 'station' }),
  )
  expect(body).toEqual({ result: 'from the function host' })
  expect(forwarded).toEqual(['functions.invokeFunction'])
})

test('only POST is accepted', async () => {
  expect((await fetch(url)).status).toBe(405)
})
