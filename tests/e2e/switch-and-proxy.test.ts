/**
 * Journeys: one person in two stations switches between them; a stand-in acts for an elderly
 * neighbour without a smartphone (代办) — every page says so, also after a reload, each tile
 * acts for her or says it cannot, and staff see it in the audit log; a neighbour asks to act
 * for someone already registered and the building head approves.
 */
import type { Page } from 'playwright-core'
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

/** The banner on the page now showing (Taro keeps the pages below it in the document). */
const actingOn = (page: Page, pageTestId: string) => page.getByTestId(pageTestId).getByTestId('acting-for')

test('a resident of two stations switches from 馨安公寓 to 晴岚家园', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-resident')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-verified').waitFor()
  await page.goto(`${suite.app.url}/#/packages/station/stations/index`)
  await page.getByTestId('station-qinglan').click()
  await page.getByTestId('station-name').waitFor()
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="station-name"]')?.textContent?.includes('晴岚家园'),
  )
  await page.getByTestId('member-verified').waitFor()
  expect(await page.getByTestId('member-verified').textContent()).toContain('刘阿姨')
  await screenshot(page, 'switched-to-qinglan')
  await context.close()
})

test('acting for 王奶奶 shows on every page, survives a reload, and each tile acts for her or says it cannot', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-proxy')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-verified').waitFor()
  await page.goto(`${suite.app.url}/#/packages/station/proxy/index`)
  await page.getByTestId('act-for-mb-xa-elder').click()
  await actingOn(page, 'page-home').waitFor()
  expect(await actingOn(page, 'page-home').textContent()).toContain('正在代王奶奶办事')
  expect(await page.getByTestId('member-verified').textContent()).toContain('王奶奶')
  await screenshot(page, 'acting-for-elder')

  await page.reload()
  await actingOn(page, 'page-home').waitFor()
  await page.getByText('我的', { exact: true }).last().click()
  await actingOn(page, 'page-me').waitFor()
  expect(await page.getByTestId('me-member').textContent()).toContain('王奶奶')
  const tiles = page.getByTestId('page-me').getByTestId('resident-tiles')
  expect(await tiles.getByTestId('tile-代办服务').textContent()).toContain('代办时不能用')
  await screenshot(page, 'acting-me')

  // Her registration: done for her.
  await tiles.getByTestId('tile-王奶奶的登记').click()
  await actingOn(page, 'page-status').waitFor()
  expect(await page.getByTestId('page-status').textContent()).toContain('王奶奶')

  // Reporting in as a party member is done as oneself: the page says so.
  await page.goto(`${suite.app.url}/#/packages/station/party/index`)
  await actingOn(page, 'page-party').waitFor()
  await page.getByTestId('page-party').getByTestId('gate-acting').waitFor()
  await screenshot(page, 'acting-party-blocked')

  await page.reload()
  await actingOn(page, 'page-party').waitFor()
  await actingOn(page, 'page-party').getByTestId('stop-acting').click()
  await page.getByTestId('page-party').getByTestId('submit-party').waitFor()
  expect(await page.getByTestId('acting-for').count()).toBe(0)
  await context.close()

  const staff = await personSession(suite.browser, 'demo-staff')
  await staff.page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await staff.page.getByTestId('station-name').waitFor()
  await staff.page.goto(`${suite.app.url}/#/packages/station/manage/audit/index`)
  await staff.page.getByText('代办：查看登记信息').first().waitFor()
  await screenshot(staff.page, 'audit-shows-proxy')
  await staff.context.close()
})

test('孙晓 asks to act for 刘阿姨 (already registered); her building head approves; then he can', async () => {
  const agent = await personSession(suite.browser, 'demo-volunteer')
  const a = agent.page
  await a.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await a.getByTestId('member-verified').waitFor()
  await a.goto(`${suite.app.url}/#/packages/station/proxy/index`)
  await a.getByTestId('add-principal').click()
  const form = a.getByTestId('proxy-form')
  await form.getByTestId('pick-building').getByText('1栋', { exact: true }).click()
  await form.getByTestId('pick-unit').getByText('1单元', { exact: true }).click()
  await form.getByTestId('room-301').click()
  await form.getByTestId('pick-person').locator('.choice').first().click()
  await form.getByTestId('proxy-consent').getByText('电话确认', { exact: true }).click()
  // 情况说明 is required: marked, and refused empty.
  expect(await form.textContent()).toContain('必填')
  await form.getByTestId('submit-proxy').click()
  await form.getByText('请写一句情况说明').waitFor()
  await form.getByTestId('proxy-note').locator('textarea').fill('刘阿姨电话里同意，由我帮她办理')
  await screenshot(a, 'proxy-request-filled')
  await form.getByTestId('submit-proxy').click()
  await a.getByTestId('principal-standing').waitFor()
  expect(await a.getByTestId('principal-standing').textContent()).toContain('等待楼长审核')
  await screenshot(a, 'proxy-request-waiting')

  // He allows one message about the result (locally a prompt stands in for WeChat's).
  await a.goto(`${suite.app.url}/#/packages/station/messages/index`)
  await a.getByTestId('allow-messages').click()
  for (let i = 0; i < 2; i++) {
    const dialog = a
      .locator('.taro__modal, .taro-modal__content, [class*="modal"]')
      .getByText('允许', { exact: true })
    await dialog.first().click()
  }

  const head = await personSession(suite.browser, 'demo-head')
  const h = head.page
  await h.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  const tile = h.getByTestId('staff-grid').getByTestId('tile-代办审核')
  await tile.getByTestId('tile-count').waitFor()
  expect(await tile.getByTestId('tile-count').textContent()).toBe('1')
  await tile.click()
  const row = h.locator('[data-testid^="proxy-request-"]', { hasText: '孙晓' })
  await row.waitFor()
  expect(await row.textContent()).toContain('刘阿姨')
  expect(await row.textContent()).toContain('电话里同意')
  await screenshot(h, 'proxy-requests')
  await row.getByTestId('approve-proxy').click()
  await row.waitFor({ state: 'detached' })
  await head.context.close()

  // The one message he allowed went out; the outbox says so.
  await a.goto(`${suite.app.url}/#/packages/station/messages/index`)
  await a.reload()
  await a.getByTestId('outbox-status').first().waitFor()
  expect(await a.getByTestId('outbox-list').textContent()).toContain('代办申请审核结果')
  expect(await a.getByTestId('outbox-status').first().textContent()).toBe('已发到微信')
  await screenshot(a, 'messages-sent')

  await a.goto(`${suite.app.url}/#/packages/station/proxy/index`)
  await a.reload()
  await a.getByTestId('principal-list').waitFor()
  await a.locator('[data-testid^="act-for-"]').first().waitFor()
  expect(await a.getByTestId('principal-list').textContent()).toContain('代刘阿姨办事')
  await agent.context.close()
})
