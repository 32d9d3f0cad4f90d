/**
 * Stopping the local cloud lets work already under way land first: a call whose caller gave up
 * (timed out) and a media-check verdict still on its way. Cut off half-way, their database
 * requests fail against a closed server, and the SDK's slow-request timer then logs after the
 * test that started them has ended (which fails a jest run).
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { FunctionHost, FunctionTimeoutError } from '../../localcloud/host'
import { localSecurity } from '../../localcloud/openapi/security'
import type { MediaVerdictEvent } from '../../localcloud/openapi/security'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('settle waits for a call that outlived its timeout, and gives up at its bound', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-'))
  fs.mkdirSync(path.join(dir, 'slow'))
  fs.writeFileSync(path.join(dir, 'slow', 'config.json'), JSON.stringify({ timeout: 0.05 }))
  const finished: string[] = []
  const host = new FunctionHost({
    load: () => ({
      main: async (event) => {
        await sleep((event as { ms: number }).ms)
        finished.push(String((event as { ms: number }).ms))
        return 'done'
      },
    }),
    configDir: (name) => path.join(dir, name),
    appid: 'wx-test',
    envId: 'test',
    openapi: {},
    getOpenData: async () => ({}),
  })
  await expect(host.invoke('slow', { ms: 300 }, { openid: null })).rejects.toBeInstanceOf(
    FunctionTimeoutError,
  )
  expect(finished).toEqual([])
  await host.settle()
  expect(finished).toEqual(['300'])

  // A call running past the bound does not hold stop() up.
  void host.invoke('slow', { ms: 3_000 }, { openid: null }).catch(() => undefined)
  const started = Date.now()
  await host.settle(200)
  expect(Date.now() - started).toBeLessThan(2_000)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a media verdict on its way is handed to background, and lands when that work is awaited', async () => {
  const delivered: MediaVerdictEvent[] = []
  const pending: Promise<void>[] = []
  const security = localSecurity({
    appid: 'wx-test',
    fetchBytes: async () => Buffer.from('LINLI-RISKY-IMAGE'),
    deliver: async (event) => {
      await sleep(50)
      delivered.push(event)
    },
    background: (work) => pending.push(work),
  })
  const answer = await security.mediaCheckAsync({
    media_url: 'http://local/x.png',
    media_type: 2,
    version: 2,
    openid: 'o-test',
    scene: 1,
  })
  expect(delivered).toEqual([])
  expect(pending).toHaveLength(1)
  await Promise.all(pending)
  expect(delivered).toHaveLength(1)
  expect(delivered[0]).toMatchObject({ trace_id: answer.trace_id, result: { suggest: 'risky' } })
})
