/**
 * Rewards: 50 redemptions at once against a stock of 10 issue exactly 10 vouchers with balances
 * and stock consistent; a repeated request answers the same voucher; the per-person limit and
 * the balance hold; a refused redemption gives its stock back; the provider verifies a voucher
 * once; expired vouchers and other providers' vouchers are refused; hours never move.
 */
import type { PointsBalanceDoc, PointsEntryDoc } from '../../../types/points'
import type { RedemptionDoc, RewardDoc } from '../../../types/volunteer/entities'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { audits, errorOf, expectRefused, modifyRecord, wireDate } from '../support/helpers'
import { doc, docs, givePoints, LIVE, V, volunteerCloud } from './support'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

async function redeemers(n: number, points: number): Promise<string[]> {
  const base = t.cloud.db.find('members', { _id: 'mb-xa-res1' })[0] as Record<string, unknown>
  const people = Array.from({ length: n }, (_, i) => ({
    ...base,
    _id: `mb-rd-${i + 1}`,
    openid: `rd-${i + 1}`,
    name: `兑换人${i + 1}`,
    phone: `1370000${String(i).padStart(4, '0')}`,
  }))
  await t.cloud.db.insertMany('members', people)
  for (const p of people) await givePoints(p._id, points, `gift-${p._id}`)
  return people.map((p) => p.openid)
}

const reward = () => doc<RewardDoc>(t, 'rewards', LIVE.reward)
const balanceOf = (memberId: string) =>
  docs<PointsBalanceDoc>(t, 'pointsBalances', { stationId: XINAN, memberId })[0]?.balance ?? 0
const sumOf = (memberId: string) =>
  docs<PointsEntryDoc>(t, 'pointsLedger', { stationId: XINAN, memberId }).reduce((n, e) => n + e.delta, 0)
const hoursOf = () => JSON.stringify(docs(t, 'checkins', { stationId: XINAN }))

test('50 redemptions at once against stock 10: exactly 10 vouchers, everyone else 已兑完; balances and stock agree', async () => {
  const people = await redeemers(50, 20)
  const hours = hoursOf()
  const answers = await Promise.all(
    people.map((p, i) => t.call(p, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: `req-${i}` })),
  )
  const won = answers.filter((a) => a.ok)
  expect(won).toHaveLength(10)
  for (const a of answers.filter((x) => !x.ok))
    expect(errorOf(a)).toMatchObject({ code: 'OUT_OF_STOCK', message: '已兑完，下次早点来' })
  expect(docs<RedemptionDoc>(t, 'redemptions', { rewardId: LIVE.reward })).toHaveLength(10)
  expect(reward()).toMatchObject({ stock: 0, issued: 10 })
  let spent = 0
  for (const p of people) {
    const memberId = `mb-${p}`
    expect(balanceOf(memberId)).toBe(sumOf(memberId))
    spent += 20 - balanceOf(memberId)
  }
  expect(spent).toBe(10 * 5)
  expect(new Set(won.map((a) => (a.ok ? a.data.code : ''))).size).toBe(10)
  expect(hoursOf()).toBe(hours)
})

test('the same request twice (a flaky network) answers the same voucher, one debit, one unit of stock', async () => {
  await givePoints(V.resident.id, 20, 'gift')
  const [a, b, c] = await Promise.all(
    [1, 2, 3].map(() =>
      t.ok(V.resident.openid, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: 'tap-1' }),
    ),
  )
  expect(new Set([a.code, b.code, c.code]).size).toBe(1)
  expect(reward()).toMatchObject({ stock: 9, issued: 1 })
  expect(balanceOf(V.resident.id)).toBe(15)
})

test('the per-person limit holds, and a refused redemption gives its stock back', async () => {
  await givePoints(V.resident.id, 100, 'gift')
  for (const key of ['a', 'b', 'c'])
    await t.ok(V.resident.openid, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: key })
  const before = t.snapshot()
  const error = errorOf(
    await t.call(V.resident.openid, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: 'd' }),
  )
  expect(error).toMatchObject({ code: 'CONFLICT', message: '每人限兑 3 张，您已经兑换过了' })
  expect(t.snapshot()).toBe(before)
  expect(reward()).toMatchObject({ stock: 7, issued: 3 })
})

test('not enough points: INSUFFICIENT_POINTS, the stock goes back, nothing written', async () => {
  await expectRefused(t, 'INSUFFICIENT_POINTS', () =>
    t.call(V.resident.openid, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: 'poor' }),
  )
  expect(reward()).toMatchObject({ stock: 10, issued: 0 })
})

test('sold out: OUT_OF_STOCK; an expired reward: EXPIRED; another station’s: NOT_FOUND; nothing written', async () => {
  await givePoints(V.resident.id, 100, 'gift')
  await expectRefused(t, 'OUT_OF_STOCK', () =>
    t.call(V.resident.openid, 'volunteer', 'redeem', { rewardId: 'rw-xinan-bag', requestKey: 'x' }),
  )
  await modifyRecord(t, 'rewards', { _id: LIVE.reward }, { $set: { validUntil: wireDate(-1000) } })
  await expectRefused(t, 'EXPIRED', () =>
    t.call(V.resident.openid, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: 'y' }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.resident.openid, 'volunteer', 'redeem', { rewardId: 'rw-other-1', requestKey: 'z' }),
  )
})

describe('核销', () => {
  async function voucher(): Promise<string> {
    await givePoints(V.resident.id, 20, 'gift')
    return (await t.ok(V.resident.openid, 'volunteer', 'redeem', { rewardId: LIVE.reward, requestKey: 'v' }))
      .code
  }

  test('the provider verifies a voucher once: two taps at once, one use; the second says when and by whom', async () => {
    const code = await voucher()
    const seen = await t.ok(V.merchant.openid, 'volunteer', 'checkVoucher', { code: code.toLowerCase() })
    expect(seen).toMatchObject({ state: 'issued', rewardTitle: '测试理发券', memberName: '刘阿姨' })
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.call(V.merchant.openid, 'volunteer', 'verifyVoucher', { code })),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    for (const a of answers.filter((x) => !x.ok)) expect(errorOf(a).message).toContain('张师傅')
    expect(audits(t, 'volunteer.verifyVoucher')).toHaveLength(1)
    const mine = await t.ok(V.resident.openid, 'volunteer', 'myVouchers', {})
    expect(mine.items[0]).toMatchObject({ code, state: 'used', usedByName: '张师傅' })
    const history = await t.ok(V.merchant.openid, 'volunteer', 'verifiedVouchers', {})
    expect(history.items.map((v) => v.code)).toContain(code)
  })

  test('an expired voucher is refused with EXPIRED and stays unused', async () => {
    const code = await voucher()
    await modifyRecord(t, 'redemptions', { code }, { $set: { validUntil: wireDate(-1000) } })
    const error = await expectRefused(t, 'EXPIRED', () =>
      t.call(V.merchant.openid, 'volunteer', 'verifyVoucher', { code }),
    )
    expect(error.message).toContain('有效期至')
  })

  test("a merchant cannot verify another provider's voucher; another station's code is NOT_FOUND", async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(V.merchant.openid, 'volunteer', 'verifyVoucher', {
        code: docs<RedemptionDoc>(t, 'redemptions', { provider: '馨安驿站' })[0].code,
      }),
    )
    const otherCode = docs<RedemptionDoc>(t, 'redemptions', { stationId: 'st-other' })[0].code
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(V.staff.openid, 'volunteer', 'verifyVoucher', { code: otherCode }),
    )
  })

  test('a badly typed code is INVALID_INPUT on `code`', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(V.merchant.openid, 'volunteer', 'verifyVoucher', { code: '券!' }),
      'code',
    )
  })
})

describe('saveReward', () => {
  test('a merchant offers rewards only as their own provider, whatever is sent; staff name any provider', async () => {
    const hours = new Date(Date.now() + 10 * 86400_000).toISOString()
    const own = await t.ok(V.merchant.openid, 'volunteer', 'saveReward', {
      title: '洗头券',
      provider: '馨安物业',
      cost: 3,
      stock: 2,
      validUntil: hours,
    })
    expect(own.provider).toBe('老街理发店')
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(V.merchant.openid, 'volunteer', 'saveReward', {
        rewardId: 'rw-xinan-fee',
        title: '改掉',
        cost: 1,
        validUntil: hours,
      }),
    )
    const staff = await t.ok(V.staff.openid, 'volunteer', 'saveReward', {
      title: '停车券',
      provider: '馨安物业',
      cost: 3,
      stock: 2,
      validUntil: hours,
    })
    expect(staff.provider).toBe('馨安物业')
  })

  test('stock is added on edit and never taken below zero', async () => {
    const hours = new Date(Date.now() + 10 * 86400_000).toISOString()
    const edit = (stock: number) =>
      t.call(V.staff.openid, 'volunteer', 'saveReward', {
        rewardId: LIVE.reward,
        title: '测试理发券',
        provider: '老街理发店',
        cost: 5,
        stock,
        perPersonLimit: 3,
        validUntil: hours,
      })
    expect((await edit(5)).ok).toBe(true)
    expect(reward().stock).toBe(15)
    await expectRefused(t, 'INVALID_INPUT', () => edit(-16), 'stock')
  })
})
