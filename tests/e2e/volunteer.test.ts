/**
 * The volunteer journey in H5: a resident signs up → the organiser shows the rotating check-in
 * code → the volunteer opens its link to check in, then the check-out code's link to check out →
 * the organiser confirms hours → points appear → the volunteer redeems a reward → the merchant
 * verifies the voucher → the honour roll shows the volunteer. Time passing (the activity starting,
 * an hour served) is set directly in the local database, as the cloud tests do.
 */
import type { Page } from 'playwright-core'
import { checkinId } from '../../types/volunteer/ids'
import { personSession, screenshot } from './support/browser'
import { callAs, minutesFromNow, setDates } from './support/local'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()
const STATION = 'st-xinan'
const VOLUNTEER = { openid: 'demo-resident2', memberId: 'mb-xa-res2', name: '陈小红' }

const setFields = (collection: string, id: string, values: Record<string, Date>) =>
  setDates(suite.app, collection, id, values)
const at = minutesFromNow

async function enter(page: Page, hash: string) {
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
  await page.goto(`${suite.app.url}/#${hash}`)
}

async function confirmModal(page: Page, text = '确定') {
  await page
    .locator('.taro__modal, .taro-modal__content, [class*="modal"]')
    .getByText(text, { exact: true })
    .first()
    .click()
}

test('sign up → QR check-in and check-out by link → hours confirmed → points → redeem → 核销 → honour roll', async () => {
  // The organiser (赵敏, 第一旗手团队) has an activity open for sign-up.
  const created = await callAs(suite.app, 'demo-organiser', 'volunteer', 'saveActivity', {
    title: '端午包粽子送老人',
    category: 'other',
    place: '驿站议事厅',
    teamId: 'vt-xinan-flag1',
    startAt: at(24 * 60).toISOString(),
    endAt: at(26 * 60).toISOString(),
    signupDeadline: at(20 * 60).toISOString(),
    capacity: 10,
    points: { mode: 'fixed', amount: 10, cap: 0 },
  })
  const id = created.activityId as string
  await callAs(suite.app, 'demo-organiser', 'volunteer', 'publishActivity', { activityId: id })

  // 1. 陈小红 finds it and signs up.
  const vol = await personSession(suite.browser, VOLUNTEER.openid)
  const v = vol.page
  await enter(v, '/packages/volunteer/index/index')
  await v.getByTestId(`activity-${id}`).click()
  await v.getByTestId('sign-up').click()
  await v.getByTestId('my-status').getByText('已报名').waitFor()
  await screenshot(v, 'volunteer-signed-up')

  // The day comes: the activity started half an hour ago.
  await setFields('activities', id, { startAt: at(-30), endAt: at(120), signupDeadline: at(-40) })

  // 2. The organiser opens the check-in code on her phone.
  const org = await personSession(suite.browser, 'demo-organiser')
  const o = org.page
  await enter(o, `/packages/volunteer/activity/index?id=${id}`)
  await o.getByTestId('open-checkin').click()
  const qr = o.getByTestId('rotating-qr')
  await qr.waitFor()
  await o.locator('[data-testid="rotating-qr"] canvas').waitFor()
  const checkInLink = (await qr.getAttribute('data-link'))!
  expect(checkInLink).toMatch(new RegExp(`/q\\?s=xinan&k=a&i=${id}&t=i`))
  await screenshot(o, 'volunteer-checkin-code')

  // 3. The volunteer opens the link (what scanning it does): checked in.
  await v.goto(checkInLink)
  await v.getByTestId('scan-done').getByText('签到成功').waitFor()
  await screenshot(v, 'volunteer-checked-in')

  // An hour of service later, the organiser switches to the check-out code.
  await setFields('checkins', checkinId(STATION, id, VOLUNTEER.memberId), { checkInAt: at(-29) })
  await o.getByTestId('direction-tabs').getByTestId('tab-out').click()
  await o.waitForFunction(() =>
    document.querySelector('[data-testid="rotating-qr"]')?.getAttribute('data-link')?.includes('&t=o'),
  )
  const checkOutLink = (await qr.getAttribute('data-link'))!
  await v.goto(checkOutLink)
  await v.getByTestId('scan-done').getByText('签退成功').waitFor()

  // 4. The organiser confirms hours.
  await o.getByTestId('to-roster').click()
  const row = o.getByTestId(`roster-${VOLUNTEER.memberId}`)
  await row.waitFor()
  expect(await row.textContent()).toContain('已签退')
  await o.getByTestId('confirm-all').click()
  await row.getByText('已确认 10 积分', { exact: false }).waitFor()
  await screenshot(o, 'volunteer-roster-confirmed')

  // 5. Points appear.
  await enter(v, '/packages/volunteer/points/index')
  await v.getByTestId('points-balance').getByText('10', { exact: true }).waitFor()
  expect(await v.getByTestId('points-history').textContent()).toContain('参加志愿活动「端午包粽子送老人」')
  await screenshot(v, 'volunteer-points')

  // 6. She redeems a haircut voucher (10 points; 2 left in stock).
  await enter(v, '/packages/volunteer/rewards/index')
  await v.getByTestId('reward-rw-xinan-haircut').getByTestId('redeem').click()
  await confirmModal(v)
  await v.getByTestId('voucher-list').waitFor()
  const code = (await v.getByTestId('voucher-code').first().textContent())!.trim()
  expect(code).toMatch(/^[A-Z2-9]{10}$/)
  await v.locator('[data-testid="voucher-qr"] canvas').first().waitFor()
  await screenshot(v, 'volunteer-voucher')

  // 7. 张师傅 of 老街理发店 verifies it at the counter.
  const shop = await personSession(suite.browser, 'demo-merchant')
  const m = shop.page
  await enter(m, '/packages/volunteer/manage/vouchers/index')
  await m.getByTestId('voucher-code-input').locator('input').fill(code.toLowerCase())
  await m.getByTestId('check-voucher').click()
  await m.getByTestId('voucher-found').getByText(VOLUNTEER.name, { exact: false }).waitFor()
  await m.getByTestId('verify-voucher').click()
  await m.getByTestId('found-state').getByText('已核销').waitFor()
  await screenshot(m, 'volunteer-voucher-verified')
  await v.reload()
  await v.getByTestId('reward-tabs').getByTestId('tab-vouchers').click()
  await v.getByTestId('voucher-state').first().getByText('已核销').waitFor()

  // 8. The honour roll counts her hour this month.
  await enter(v, '/packages/volunteer/honour/index')
  const entry = v.getByTestId('honour-entry').filter({ hasText: VOLUNTEER.name })
  await entry.waitFor()
  expect(await entry.textContent()).toMatch(/分钟|小时/)
  await screenshot(v, 'volunteer-honour')

  // Points were spent; hours stay.
  await enter(v, '/packages/volunteer/index/index')
  await v.getByTestId('my-balance').getByText('0', { exact: true }).waitFor()
  expect(await v.getByTestId('my-hours').textContent()).toMatch(/分钟|小时/)
  await Promise.all([vol.context.close(), org.context.close(), shop.context.close()])
}, 180_000)

test('a forged or stale link says so in plain words and checks nobody in', async () => {
  const vol = await personSession(suite.browser, 'demo-volunteer')
  const v = vol.page
  await v.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await v.getByTestId('station-name').waitFor()
  await v.goto(`${suite.app.url}/q?s=xinan&k=a&i=ac-xinan-5&t=i1.AAAAAAAAAAAAAAAA`)
  await v.getByTestId('state-error').waitFor()
  expect(await v.getByTestId('state-error').textContent()).toContain('二维码')
  await screenshot(v, 'volunteer-scan-refused')
  await vol.context.close()
})

test('the station home shows what is on this week; the certificate prints with its number', async () => {
  const party = await personSession(suite.browser, 'demo-party')
  const p = party.page
  await p.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await p.getByTestId('home-volunteer').waitFor()
  await p.getByTestId('home-volunteer').getByText('卫生大扫除').waitFor()
  // 义诊 is full with people waiting: said in words, not as a fraction.
  expect(await p.getByTestId('week-ac-xinan-6').textContent()).toContain('已满，可候补')
  await screenshot(p, 'volunteer-home-section')
  await p.goto(`${suite.app.url}/#/packages/volunteer/certificate/index`)
  await p.getByTestId('issue-certificate').click()
  await p.getByTestId('certificate').waitFor()
  expect(await p.getByTestId('certificate-number').textContent()).toMatch(/^XINAN-\d{4}-[A-Z2-9]{8}$/)
  expect(await p.getByTestId('certificate').textContent()).toContain('吴强')
  await p.emulateMedia({ media: 'print' })
  await screenshot(p, 'volunteer-certificate-print')
  await party.context.close()
})
