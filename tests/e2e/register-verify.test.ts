/**
 * Journeys: open with a station scene -> register a household -> the building head verifies ->
 * the resident sees verified status and the station's home (a building head of another building
 * never sees it). Registration at a 189-building station stays one screen long after the building
 * is chosen; the form says what is missing all at once; a long name keeps its label on one line;
 * the local identity switcher goes back to the guest who registered.
 */
import type { Page } from 'playwright-core'
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()
const SCREEN = 844

async function fill(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).locator('input').fill(value)
}

async function openVerifyQueue(page: Page) {
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
  await page.goto(`${suite.app.url}/#/packages/station/manage/verify/index`)
}

/** How far below `testId`'s top the submit button ends: at most one screen means one scroll. */
async function submitBelow(page: Page, testId: string): Promise<number> {
  const from = (await page.getByTestId(testId).boundingBox())!
  const submit = (await page.getByTestId('submit-register').boundingBox())!
  return submit.y + submit.height - from.y
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
  // A double tap on 通过 sends one decision.
  const verifies: string[] = []
  h.on('request', (req) => {
    if (req.url().endsWith('/api/station') && req.postData()?.includes('"action":"verify"'))
      verifies.push(req.url())
  })
  await row.getByTestId('approve').dblclick()
  await row.waitFor({ state: 'detached' })
  expect(verifies).toHaveLength(1)
  await head.context.close()

  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('member-verified').waitFor()
  expect(await r.getByTestId('member-verified').textContent()).toContain('测试居民')
  expect(await r.getByTestId('member-verified').textContent()).toContain('1栋1单元901')
  await screenshot(r, 'home-verified')
  await resident.context.close()
})

test('at 滨湖世纪 (189 buildings) the building is found by number and the form stays one screen long', async () => {
  const { page: r, context } = await personSession(suite.browser, 'guest-e2e-binhu')
  await r.goto(`${suite.app.url}/?scene=s%3Dbinhu`)
  await r.getByTestId('go-register').click()
  await r.getByTestId('page-register').waitFor()
  await r.getByTestId('building-ranges').waitFor()
  // Not 189 buttons: a number box and ten ranges.
  expect(await r.getByTestId('pick-building').locator('.choice').count()).toBeLessThanOrEqual(12)
  await screenshot(r, 'binhu-register-start')

  await fill(r, 'building-search', '18')
  expect(await r.getByTestId('building-matches').locator('.choice').first().textContent()).toBe('18栋')
  await r.getByTestId('building-matches').getByText('18栋', { exact: true }).click()
  await r.getByTestId('picked-building').waitFor()
  expect(await submitBelow(r, 'picked-building')).toBeLessThanOrEqual(SCREEN)
  await screenshot(r, 'binhu-register-building')

  await r.getByTestId('pick-unit').getByText('2单元', { exact: true }).click()
  await r.getByTestId('room-601').click()
  expect(await r.getByTestId('picked-household').textContent()).toContain('18栋2单元601')
  expect(await submitBelow(r, 'picked-household')).toBeLessThanOrEqual(SCREEN)

  await r.getByTestId('pick-relation').getByText('租户', { exact: true }).click()
  await fill(r, 'name-input', '滨湖新住户')
  await fill(r, 'phone-input', '13600001111')
  await r.getByTestId('submit-register').click()
  await r.getByTestId('registration-status').waitFor()
  expect(await r.getByTestId('page-status').textContent()).toContain('18栋2单元601')
  await context.close()
})

test('the form says everything missing at once, checks the phone has 11 digits, and clears each fix', async () => {
  const { page: r, context } = await personSession(suite.browser, 'guest-e2e-missing')
  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('go-register').click()
  await r.getByTestId('submit-register').click()
  // 房屋, 关系, 姓名, 手机号: four messages, and the first is on screen.
  await r.getByTestId('field-error').first().waitFor()
  expect(await r.getByTestId('field-error').count()).toBe(4)
  await r.waitForTimeout(600)
  expect(await r.getByTestId('field-error').first().isVisible()).toBe(true)
  const first = (await r.getByTestId('field-error').first().boundingBox())!
  expect(first.y).toBeGreaterThanOrEqual(0)
  expect(first.y).toBeLessThan(SCREEN)

  await fill(r, 'phone-input', '123')
  await r.getByText('手机号应是11位数字，现在是3位').waitFor()
  await screenshot(r, 'register-phone-short')
  await fill(r, 'phone-input', '13912340000')
  await r.getByText('手机号应是11位数字').waitFor({ state: 'detached' })
  expect(await r.getByTestId('field-error').count()).toBe(3)
  await context.close()
})

test('a long name shows whole with its counter, and the status page keeps “姓名” on one line', async () => {
  const { page: r, context } = await personSession(suite.browser, 'guest-e2e-longname')
  const longName = '欧阳·阿卜杜勒·热合曼·买买提江·艾力'
  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('go-register').click()
  await r.getByTestId('pick-building').getByText('2栋', { exact: true }).click()
  await r.getByTestId('pick-unit').getByText('1单元', { exact: true }).click()
  await r.getByTestId('room-1101').click()
  await r.getByTestId('pick-relation').getByText('家庭成员', { exact: true }).click()
  await fill(r, 'name-input', longName)
  expect(await r.getByTestId('page-register').getByTestId('char-count').first().textContent()).toBe(
    `${longName.length}/20`,
  )
  await fill(r, 'phone-input', '13912341234')
  await r.getByTestId('submit-register').click()
  await r.getByTestId('status-name').waitFor()
  const label = (await r.getByTestId('status-name').locator('.info-row__label').boundingBox())!
  const value = (await r.getByTestId('status-name').locator('.info-row__value').boundingBox())!
  expect(await r.getByTestId('status-name').textContent()).toContain(longName)
  // One line of label beside a value that wraps under itself.
  expect(label.height).toBeLessThan(value.height)
  expect(label.width).toBeGreaterThan(label.height)
  await screenshot(r, 'status-long-name')
  await context.close()
})

test('the identity switcher goes to the building head and back to the guest who registered', async () => {
  const { page: r, context } = await personSession(suite.browser, 'guest-e2e-switch')
  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('go-register').click()
  await r.getByTestId('pick-building').getByText('2栋', { exact: true }).click()
  await r.getByTestId('pick-unit').getByText('1单元', { exact: true }).click()
  await r.getByTestId('room-1001').click()
  await r.getByTestId('pick-relation').getByText('业主', { exact: true }).click()
  await fill(r, 'name-input', '切换测试')
  await fill(r, 'phone-input', '13912342222')
  await r.getByTestId('submit-register').click()
  await r.getByTestId('registration-status').waitFor()

  await r.getByTestId('page-status').getByTestId('dev-switcher-open').click()
  await r.getByTestId('identity-demo-head').click()
  await r.getByTestId('member-verified').waitFor()
  expect(await r.getByTestId('member-verified').textContent()).toContain('张桂兰')
  await r.goto(`${suite.app.url}/#/packages/station/manage/verify/index`)
  const row = r.locator('[data-testid^="verify-row-"]', { hasText: '切换测试' })
  await row.getByTestId('approve').click()
  await row.waitFor({ state: 'detached' })

  await r.getByTestId('page-verify').getByTestId('dev-switcher-open').click()
  await r.getByTestId('identity-last-guest').click()
  await r.getByTestId('member-verified').waitFor()
  expect(await r.getByTestId('member-verified').textContent()).toContain('切换测试')
  await screenshot(r, 'switched-back-to-guest')

  // Another station's head lands on their own station, not as a stranger on this one.
  await r.getByTestId('page-home').getByTestId('dev-switcher-open').click()
  await r.getByTestId('identity-demo-binhu-head').click()
  await r.waitForFunction(() =>
    document.querySelector('[data-testid="station-name"]')?.textContent?.includes('滨湖'),
  )
  await r.getByTestId('staff-grid').waitFor()
  await context.close()
})

test('editing a pending registration marks its building and room and does not ask for the phone again', async () => {
  const { page: r, context } = await personSession(suite.browser, 'demo-pending')
  await r.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await r.getByTestId('member-pending').waitFor()
  await r.goto(`${suite.app.url}/#/packages/station/register/index`)
  expect(await r.getByTestId('picked-household').textContent()).toContain('1栋1单元602')
  expect(await r.getByTestId('phone-verified').textContent()).toContain('136****0010')
  await r.getByTestId('change-household').click()
  expect(await r.getByTestId('picked-building').locator('.choice--on').textContent()).toBe('1栋')
  expect(await r.getByTestId('room-602').getAttribute('class')).toContain('choice--on')
  await screenshot(r, 'register-edit-pending')
  await r.getByTestId('room-602').click()
  await r.getByTestId('submit-register').click()
  await r.getByTestId('registration-status').waitFor()
  expect(await r.getByTestId('registration-status').textContent()).toContain('待审核')
  await context.close()
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
