/**
 * The kernel's station-scoped transactions on the real wx-server-sdk: conflicts are retried
 * (the SDK alone would not retry a write-time conflict), missing and foreign records read as absent.
 */
import { runScopedTransaction } from '../../../cloudfunctions/_kernel/tx'
import { startTestCloud } from '../support/cloud'
import type { TestCloud } from '../support/cloud'

let t: TestCloud
const NOW = new Date('2026-11-20T00:00:00Z')

beforeAll(async () => {
  t = await startTestCloud()
  await t.seed({
    servicePosts: [
      {
        _id: 'post-a',
        stationId: 'st-a',
        name: '计数',
        description: '',
        sort: 10,
        active: true,
        createdAt: NOW,
      },
      {
        _id: 'post-b',
        stationId: 'st-b',
        name: '别站',
        description: '',
        sort: 5,
        active: true,
        createdAt: NOW,
      },
    ],
  })
})
afterAll(() => t.stop())

test('a record of another station reads as absent and cannot be updated', async () => {
  await runScopedTransaction('st-a', async (tx) => {
    expect(await tx.get('servicePosts', 'post-b')).toBeNull()
    expect(await tx.update('servicePosts', 'post-b', { sort: 0 })).toBe(false)
  })
  expect(t.cloud.db.find('servicePosts', { _id: 'post-b' })[0].sort).toBe(5)
})

test('a missing record reads as null inside a transaction', async () => {
  await runScopedTransaction('st-a', async (tx) => {
    expect(await tx.get('servicePosts', 'no-such-post')).toBeNull()
  })
})

test('concurrent read-then-write transactions on one record all land: conflicts are retried', async () => {
  let attempts = 0
  const decrement = () =>
    runScopedTransaction('st-a', async (tx) => {
      attempts++
      const post = await tx.get('servicePosts', 'post-a')
      await new Promise((r) => setTimeout(r, 20))
      await tx.update('servicePosts', 'post-a', { sort: post!.sort - 1 })
    })
  await Promise.all([decrement(), decrement(), decrement()])
  expect(t.cloud.db.find('servicePosts', { _id: 'post-a' })[0].sort).toBe(7)
  expect(attempts).toBeGreaterThan(3)
})

test('an insert is stamped with the station', async () => {
  const id = await runScopedTransaction('st-a', (tx) =>
    tx.insert('servicePosts', { name: '新岗位', description: '', sort: 1, active: true, createdAt: NOW }),
  )
  expect(t.cloud.db.find('servicePosts', { _id: id })[0].stationId).toBe('st-a')
})
