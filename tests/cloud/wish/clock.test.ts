/**
 * The clock's moves, run with an injected time (`runTimers` with `now`, as the timer trigger does
 * every hour): idle claims go back on the wall and the wisher is told, fulfilled wishes confirm
 * themselves and pay the helper exactly once — even racing the wisher's own confirm — open
 * wishes past their day expire. Nothing moves before its time; settings move the times.
 */
import type { PointsEntryDoc } from '../../../types/points'
import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { audits, errorOf, modifyRecord } from '../support/helpers'
import { DAY, M, OTHER_WISH, openWish, runClock, upload, wishCloud, wishDoc } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await wishCloud()
})
afterEach(() => t.stop())

const later = (days: number) => new Date(Date.now() + days * DAY)
const entriesFor = (wishId: string) =>
  t.cloud.db.find('pointsLedger', { refType: 'wish', refId: wishId }) as unknown as PointsEntryDoc[]

async function fulfilledWish(): Promise<string> {
  const wishId = await openWish(t)
  await t.ok(P.volunteer, 'wish', 'claim', { wishId })
  await t.ok(P.volunteer, 'wish', 'fulfil', {
    wishId,
    note: '好了',
    images: [await upload(t, P.volunteer, 'fulfilment')],
  })
  return wishId
}

test('nothing in the demo falls due when it is seeded; nothing moves before its time', async () => {
  expect(await runClock(t, new Date())).toEqual({ due: 0, expired: 0, released: 0, confirmed: 0 })
  const wishId = await fulfilledWish()
  // The seeded lamp wish (fulfilled a day ago) is due in six days, this one in seven.
  expect((await runClock(t, later(5.9))).confirmed).toBe(0)
  expect(wishDoc(t, wishId).status).toBe('fulfilled')
})

test('a claim idle for the station’s days goes back on the wall and the wisher is told; progress resets the clock', async () => {
  const idle = await openWish(t)
  const busy = await openWish(t, P.resident, { title: '另一个心愿' })
  await t.ok(P.volunteer, 'wish', 'claim', { wishId: idle })
  await t.ok(P.party, 'wish', 'claim', { wishId: busy })
  // 吴强 notes progress: his seven days start again (the clock sees it six days on).
  await modifyRecord(
    t,
    'wishes',
    { _id: busy },
    {
      $set: { progressAt: { $date: later(2).toISOString() }, dueAt: { $date: later(9).toISOString() } },
    },
  )
  const run = await runClock(t, later(7.1))
  // This one, and the seeded legal question (吴强's progress a day ago).
  expect(run.released).toBe(2)
  expect(wishDoc(t, idle)).toMatchObject({ status: 'open', claimerId: null })
  expect(wishDoc(t, busy)).toMatchObject({ status: 'claimed', claimerName: '吴强' })
  expect(t.cloud.db.find('outbox', { memberId: M.resident, template: 'wishReleased' })).toHaveLength(1)
  expect(wishDoc(t, 'wi-xa-legal').status).toBe('open')
})

test('a fulfilled wish nobody answered confirms itself and pays the helper once', async () => {
  const wishId = await fulfilledWish()
  const before = (await t.ok(P.volunteer, 'wish', 'helperSummary', {})).balance
  const run = await runClock(t, later(7.1))
  expect(run.confirmed).toBeGreaterThanOrEqual(1)
  expect(wishDoc(t, wishId)).toMatchObject({ status: 'confirmed', confirmedById: null, points: 10 })
  expect(entriesFor(wishId)).toHaveLength(1)
  // Running again pays nothing more.
  await runClock(t, later(7.2))
  expect(entriesFor(wishId)).toHaveLength(1)
  const after = await t.ok(P.volunteer, 'wish', 'helperSummary', {})
  // The seeded lamp wish (孙晓, fulfilled a day ago) confirmed itself in the same run.
  expect(after.balance).toBe(before + 20)
  expect(t.cloud.db.find('outbox', { memberId: M.volunteer, template: 'wishConfirmed' }).length).toBe(2)
})

test('points exactly once when confirm is repeated and races the clock’s auto-confirm', async () => {
  const wishId = await fulfilledWish()
  const calls = [
    ...Array.from({ length: 6 }, () => t.call(P.resident, 'wish', 'confirm', { wishId, thanks: '谢谢' })),
    ...Array.from({ length: 3 }, () => runClock(t, later(8))),
    t.call(P.staff, 'wish', 'confirm', { wishId }),
  ]
  const answers = await Promise.all(calls)
  for (const a of answers.slice(0, 6)) if (a && 'ok' in a) expect(a.ok).toBe(true)
  expect(wishDoc(t, wishId).status).toBe('confirmed')
  const entries = entriesFor(wishId)
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({
    memberId: M.volunteer,
    delta: 10,
    idempotencyKey: `wish:${wishId}:confirmed`,
  })
  expect(
    t.cloud.db.find('outbox', { template: 'wishConfirmed', summary: { $regex: '想请人帮忙换个水龙头' } }),
  ).toHaveLength(1)
})

test('open wishes past their day expire; claimed ones stay with their helper', async () => {
  const wishId = await openWish(t)
  const run = await runClock(t, later(8.5))
  expect(run.expired).toBeGreaterThanOrEqual(1)
  expect(wishDoc(t, wishId).status).toBe('expired')
  expect(wishDoc(t, 'wi-xa-lamp').status).toBe('confirmed')
})

test('staff change the days: wishes in hand follow the new times from then on (audited)', async () => {
  const wishId = await fulfilledWish()
  await t.ok(P.staff, 'wish', 'saveSettings', { claimTimeoutDays: 3, autoConfirmDays: 2, pointsPerWish: 25 })
  expect(audits(t, 'wish.saveSettings')).toHaveLength(1)
  expect(await t.ok(P.volunteer, 'wish', 'settings', {})).toEqual({
    claimTimeoutDays: 3,
    autoConfirmDays: 2,
    pointsPerWish: 25,
  })
  await runClock(t, later(2.1))
  expect(wishDoc(t, wishId)).toMatchObject({ status: 'confirmed', points: 25 })
})

test('a run for one station leaves the others alone; the run needs the admin token', async () => {
  const res = await runClock(t, later(400), OTHER)
  expect(res.expired).toBe(1)
  expect(wishDoc(t, OTHER_WISH).status).toBe('expired')
  expect(wishDoc(t, 'wi-xa-walk').status).toBe('open')
  const refused = await t.call(null, 'wish', 'runTimers', { adminToken: 'x'.repeat(20) })
  expect(errorOf(refused).code).toBe('FORBIDDEN')
  expect(XINAN).toBe('st-xinan')
})

test('the timer trigger runs the clock; a phone sending the same shape reaches the router and is refused', async () => {
  const timer = (await t.cloud.call(
    'wish',
    { Type: 'Timer', TriggerName: 'wishClock', Time: '2020-01-01T00:00:00Z' },
    null,
  )) as {
    due: number
  }
  expect(timer).toMatchObject({ due: 0 })
  const phone = await t.cloud.call('wish', { Type: 'Timer', TriggerName: 'wishClock' }, P.volunteer)
  expect(phone).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
})
