/**
 * Claiming: of 20 helpers tapping at once exactly one becomes the claimer and the rest hear
 * 已被认领 (never a conflict or "try again"); a wish cannot be claimed by its wisher (or whoever
 * posted it for them), nor when rejected, pending, expired or past its day — typed refusals,
 * nothing written. A repeated tap by the claimer answers the same.
 */
import { member } from '../../../localcloud/seed/build'
import type { TestCloud } from '../support/cloud'
import { NOW, P, XINAN } from '../support/fixtures'
import { expectRefused, modifyRecord, wireDate } from '../support/helpers'
import { DAY, M, openWish, runClock, wishCloud, wishDoc } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await wishCloud()
})
afterEach(() => t.stop())

/** 20 verified volunteers of 馨安, each their own phone. */
async function twentyHelpers(): Promise<string[]> {
  const helpers = Array.from({ length: 20 }, (_, i) =>
    member(
      XINAN,
      {
        id: `mb-xa-helper${i}`,
        openid: `helper-${i}`,
        name: `志愿者${i}`,
        phone: `1390000${String(i).padStart(4, '0')}`,
        isVolunteer: true,
      },
      NOW,
    ),
  )
  await t.seed({ members: helpers })
  return helpers.map((h) => h.openid)
}

test('20 parallel claims on one wish: exactly one claimer, the others told 已被认领', async () => {
  const wishId = await openWish(t)
  const helpers = await twentyHelpers()
  const answers = await Promise.all(helpers.map((openid) => t.call(openid, 'wish', 'claim', { wishId })))
  const won = answers.filter((a) => a.ok)
  expect(won).toHaveLength(1)
  for (const a of answers.filter((x) => !x.ok)) {
    if (a.ok) continue
    expect(a.error.code).toBe('TAKEN')
    expect(a.error.message).toContain('已被认领')
  }
  const winner = won[0].ok ? won[0].data.claimerName : ''
  expect(wishDoc(t, wishId)).toMatchObject({ status: 'claimed', claimerName: winner })
  // The wisher heard once, about the one who won.
  const told = t.cloud.db.find('outbox', { memberId: M.resident, template: 'wishClaimed' })
  expect(told).toHaveLength(1)
})

test('the same helper tapping 认领 five times at once is one claim, answered five times alike', async () => {
  const wishId = await openWish(t)
  const answers = await Promise.all(
    Array.from({ length: 5 }, () => t.call(P.volunteer, 'wish', 'claim', { wishId })),
  )
  expect(answers.every((a) => a.ok && a.data.status === 'claimed' && a.data.claimerName === '孙晓')).toBe(
    true,
  )
  expect(t.cloud.db.find('outbox', { memberId: M.resident, template: 'wishClaimed' })).toHaveLength(1)
})

test('a wisher cannot claim their own wish; nor can the stand-in who posted it for them', async () => {
  // 吴强 (a party member, so a helper) posts his own wish.
  const own = await openWish(t, P.party)
  const error = await expectRefused(t, 'FORBIDDEN', () => t.call(P.party, 'wish', 'claim', { wishId: own }))
  expect(error.message).toContain('不能认领自己的心愿')
  // 王建国 is made a volunteer; the wish he posted for 王奶奶 is still not his to claim.
  await modifyRecord(t, 'members', { _id: M.proxy }, { $set: { isVolunteer: true } })
  await expectRefused(t, 'FORBIDDEN', () => t.call(P.proxy, 'wish', 'claim', { wishId: 'wi-xa-walk' }))
})

test('only volunteers and party members claim', async () => {
  const wishId = await openWish(t, P.party)
  const error = await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'wish', 'claim', { wishId }))
  expect(error.message).toContain('志愿者')
})

test('a rejected, pending, expired or withdrawn wish cannot be claimed: typed refusals, nothing written', async () => {
  await expectRefused(t, 'CONFLICT', () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-smoke' }))
  await expectRefused(t, 'CONFLICT', () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-phone' }))
  await expectRefused(t, 'EXPIRED', () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-dumplings' }))
  await expectRefused(t, 'CONFLICT', () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-airport' }))
  await expectRefused(t, 'TAKEN', () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-legal' }))
  await expectRefused(t, 'NOT_FOUND', () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'wi-xa-nothing' }))
})

test('an open wish whose day has passed is refused EXPIRED before the clock has marked it', async () => {
  const wishId = await openWish(t)
  // The day passes (the wish falls due with it); nobody has run the clock yet.
  const passed = wireDate(-DAY)
  await modifyRecord(t, 'wishes', { _id: wishId }, { $set: { neededByEnd: passed, dueAt: passed } })
  await expectRefused(t, 'EXPIRED', () => t.call(P.volunteer, 'wish', 'claim', { wishId }))
  // Gone from the wall at once; the clock then marks it.
  const wall = await t.ok(P.volunteer, 'wish', 'wall', { filter: 'open' })
  expect(wall.items.map((w) => w.wishId)).not.toContain(wishId)
  await runClock(t, new Date())
  expect(wishDoc(t, wishId).status).toBe('expired')
})

test('bad input names the field and writes nothing', async () => {
  await expectRefused(t, 'INVALID_INPUT', () => t.call(P.volunteer, 'wish', 'claim', {}), 'wishId')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.volunteer, 'wish', 'claim', { wishId: 'a b' }),
    'wishId',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.volunteer, 'wish', 'progress', { wishId: 'wi-xa-legal', note: '' }),
    'note',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.party, 'wish', 'fulfil', { wishId: 'wi-xa-legal', note: '好了', images: [] }),
    'images',
  )
})
