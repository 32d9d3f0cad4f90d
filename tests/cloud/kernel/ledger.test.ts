/**
 * The points ledger: the balance always equals the sum of the entries and never goes below zero,
 * over random awards, spends and reversals (some racing, some repeated with the same key), and
 * the same idempotency key is applied once however often it arrives.
 */
import { balanceId, postPoints } from '../../../cloudfunctions/_kernel/ledger'
import { runScopedTransaction } from '../../../cloudfunctions/_kernel/tx'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../../types/points'
import { startTestCloud } from '../support/cloud'
import type { TestCloud } from '../support/cloud'
import { seededPick } from '../support/random'

jest.setTimeout(60_000)

const S = 'st-ledger'
let t: TestCloud
beforeEach(async () => {
  t = await startTestCloud(S)
})
afterEach(() => t.stop())

const post = (memberId: string, delta: number, key: string) =>
  runScopedTransaction(S, (tx) =>
    postPoints(
      tx,
      { memberId, delta, reason: '测试', refType: 'test', refId: key, idempotencyKey: key },
      new Date(),
    ),
  )

const entries = (memberId: string) =>
  t.cloud.db.find('pointsLedger', { stationId: S, memberId }) as unknown as PointsEntryDoc[]
const balance = (memberId: string) =>
  (t.cloud.db.find('pointsBalances', { _id: balanceId(S, memberId) }) as unknown as PointsBalanceDoc[])[0]

test.each([11, 22, 33, 44])(
  'balance = sum of entries, never negative, over random moves (seed %i)',
  async (seed) => {
    const pick = seededPick(seed)
    const people = ['m1', 'm2', 'm3']
    const keys: string[] = []
    for (let round = 0; round < 12; round++) {
      const moves = Array.from({ length: 1 + pick(6) }, (_, i) => {
        const memberId = people[pick(people.length)]
        const delta = pick(3) === 0 ? -(1 + pick(30)) : 1 + pick(20)
        // Now and then the same key again: a retried or raced award.
        const key = keys.length && pick(4) === 0 ? keys[pick(keys.length)] : `k-${seed}-${round}-${i}`
        keys.push(key)
        return post(memberId, delta, key).catch((err) => {
          if (err.code !== 'INSUFFICIENT_POINTS') throw err
        })
      })
      await Promise.all(moves)
      for (const m of people) {
        const list = entries(m)
        const sum = list.reduce((n, e) => n + e.delta, 0)
        expect(balance(m)?.balance ?? 0).toBe(sum)
        expect(sum).toBeGreaterThanOrEqual(0)
        expect(new Set(list.map((e) => e.idempotencyKey)).size).toBe(list.length)
      }
    }
  },
)

test('the same key 30 times at once is one entry; the caller learns whether it applied it', async () => {
  const answers = await Promise.all(Array.from({ length: 30 }, () => post('m1', 10, 'award-once')))
  expect(answers.filter((a) => a.applied)).toHaveLength(1)
  expect(entries('m1')).toHaveLength(1)
  expect(balance('m1')).toMatchObject({ balance: 10, earned: 10, spent: 0 })
})

test('spending more than the balance is INSUFFICIENT_POINTS and writes nothing', async () => {
  await post('m1', 5, 'a')
  await expect(post('m1', -6, 'b')).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' })
  expect(entries('m1')).toHaveLength(1)
  expect(balance('m1').balance).toBe(5)
})
