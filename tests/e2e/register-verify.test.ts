/**
 * Journey (issue 4): open with a station scene -> register a household -> the building head
 * verifies -> the resident sees verified status and the station's home. Also: a building head
 * of another building never sees the registration.
 */
import type { Page } from 'playwright-core'
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

async function fill(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).locator('input').fill(value)
}

async function openVerifyQueue(page: Page) {
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
  await page.goto(`${suite.app.url}/#/packages/station/manage/verify/index`)
}

test('scan -> register -> building head verifies -> resident is verified at home', async () => {
  const resident = await personSession(suite.browser, 'guest-e2e-register')
  const r = resident.page
  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('go-register').click()
  await r.getByTestId('page-register').waitFor()

  await r.getByTestId('pick-building').getByText('1栋', { exact: true }).click()
  await r.getByTestId('pick-unit').getByText('1单元', { exact: true }).click()
  await r.getByTestId('room-901').click()
  expect(await r.getByTestId('picked-household').textContent()).toContain('1栋1单元901')
  await r.getByTestId('pick-relation').getByText('业主', { exact: true }).click()
  await fill(r, 'name-input', '测试居民')
  await fill(r, 'phone-input', '13912345678')
  await screenshot(r, 'register-filled')
  await r.getByTestId('submit-register').click()
  await r.getByTestId('registration-status').waitFor()
  expect(await r.getByTestId('registration-status').textContent()).toContain('待审核')
  await screenshot(r, 'register-pending')

  // 王德明 heads 3栋 and 4栋: the registration in 1栋 is not his to see.
  const otherHead = await personSession(suite.browser, 'demo-head2')
  await openVerifyQueue(otherHead.page)
  await otherHead.page.getByTestId('verify-total').waitFor()
  expect(await otherHead.page.getByText('测试居民').count()).toBe(0)
  await otherHead.context.close()

  const head = await personSession(suite.browser, 'demo-head')
  const h = head.page
  await openVerifyQueue(h)
  const row = h.locator('[data-testid^="verify-row-"]', { hasText: '测试居民' })
  await row.waitFor()
  expect(await row.textContent()).toContain('1栋1单元901')
  expect(await row.textContent()).toContain('139****5678')
  await screenshot(h, 'verify-queue')
  await row.getByTestId('approve').click()
  await row.waitFor({ state: 'detached' })
  await head.context.close()

  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('member-verified').waitFor()
  expect(await r.getByTestId('member-verified').textContent()).toContain('测试居民')
  expect(await r.getByTestId('member-verified').textContent()).toContain('1栋1单元901')
  await screenshot(r, 'home-verified')
  await resident.context.close()
})

test('a rejected registration shows the reason and can be fixed', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-rejected')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-rejected').waitFor()
  expect(await page.getByTestId('member-rejected').textContent()).toContain('房号与产权登记不符')
  await page.getByTestId('member-rejected').click()
  await page.getByTestId('reject-reason').waitFor()
  await context.close()
})
