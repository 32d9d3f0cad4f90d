/**
 * Who hears what: the wisher when their wish is claimed, given back and fulfilled; the helper when
 * it is confirmed; staff when a wisher disputes. 王奶奶 has no phone, so her son (who posted it)
 * hears too. A message goes out only with the person's consent (one per consent), and none
 * carries a phone number or an address.
 */
import type { OutboxDoc } from '../../../types/entities'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { M, upload, wishCloud, wishInput } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await wishCloud()
})
afterEach(() => t.stop())

const outbox = () => t.cloud.db.find('outbox', {}) as unknown as OutboxDoc[]

async function consent(openid: string, keys: string[]) {
  await t.ok(openid, 'station', 'recordConsent', {
    results: Object.fromEntries(keys.map((k) => [`local-${k}`, 'accept'])),
  })
}

test('an elder’s wish: she and her son hear of the claim, the fulfilment; the helper of the confirmation', async () => {
  await consent(P.proxy, ['wishClaimed', 'wishFulfilled'])
  await consent(P.volunteer, ['wishConfirmed'])
  const posted = await t.ok(P.proxy, 'wish', 'post', wishInput(), { onBehalfOf: M.elder })
  await t.ok(P.staff, 'wish', 'review', { wishId: posted.wishId, decision: 'approve' })
  await t.ok(P.volunteer, 'wish', 'claim', { wishId: posted.wishId })
  const images = [await upload(t, P.volunteer, 'fulfilment')]
  await t.ok(P.volunteer, 'wish', 'fulfil', { wishId: posted.wishId, note: '好了', images })
  await t.ok(P.proxy, 'wish', 'confirm', { wishId: posted.wishId, thanks: '谢谢' }, { onBehalfOf: M.elder })

  const sent = outbox().filter((o) => o.page.includes(posted.wishId))
  const lines = sent.map((o) => `${o.memberName}:${o.template}:${o.status}`).sort()
  expect(lines).toEqual([
    '孙晓:wishConfirmed:sent',
    '王奶奶:wishClaimed:offline',
    '王奶奶:wishFulfilled:offline',
    '王建国:wishClaimed:sent',
    '王建国:wishFulfilled:sent',
  ])
  expect(t.cloud.delivered.map((d) => d.page)).toContain(`packages/wish/detail/index?id=${posted.wishId}`)
  for (const o of sent) expect(JSON.stringify(o)).not.toMatch(/13905710009|2单元101|月季/)
})

test('without consent nothing is sent: the outbox records 43101, once per event', async () => {
  const posted = await t.ok(P.resident, 'wish', 'post', wishInput())
  await t.ok(P.staff, 'wish', 'review', { wishId: posted.wishId, decision: 'approve' })
  await t.ok(P.volunteer, 'wish', 'claim', { wishId: posted.wishId })
  await t.ok(P.volunteer, 'wish', 'claim', { wishId: posted.wishId })
  const claimed = outbox().filter((o) => o.template === 'wishClaimed')
  expect(claimed).toHaveLength(1)
  expect(claimed[0]).toMatchObject({ memberName: '刘阿姨', status: 'noConsent', errCode: 43101 })
})

test('a dispute reaches staff', async () => {
  await consent(P.staff, ['wishDisputed'])
  await t.ok('demo-resident3', 'wish', 'dispute', { wishId: 'wi-xa-lamp', reason: '开关还是不灵' })
  const told = outbox().filter((o) => o.template === 'wishDisputed')
  expect(told.map((o) => `${o.memberName}:${o.status}`)).toContain('李建华:sent')
  expect(told[0].summary).toContain('卫生间的灯不亮了')
})
