/**
 * Journeys: opening the app with a station scene lands on that station's home — name, address,
 * team, hours — and "me" says who I am there. No page is a dead end in a browser: subpages have
 * a title bar with 返回 (or 首页 when opened directly), and refusals offer the way home.
 */
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

test('a QR scene lands a newcomer on the station home, as a guest invited to register', async () => {
  const { page, context } = await personSession(suite.browser, 'guest-e2e-home')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
  expect(await page.getByTestId('station-name').textContent()).toContain('馨安公寓红旗驿站')
  expect(await page.getByTestId('opening-hours').textContent()).toContain('8:30')
  const team = await page.getByTestId('station-team').textContent()
  expect(team).toContain('李建华')
  expect(team).toContain('党支部')
  expect(team).toContain('业委会')
  await page.getByTestId('member-guest').waitFor()
  await screenshot(page, 'home-guest')

  await page.getByText('我的', { exact: true }).last().click()
  await page.getByTestId('me-guest').waitFor()
  await screenshot(page, 'me-guest')
  await context.close()
})

test('a building head sees their name, roles and the staff tiles they may use', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-head')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-verified').waitFor()
  expect(await page.getByTestId('member-verified').textContent()).toContain('张桂兰')
  const grid = await page.getByTestId('staff-grid').textContent()
  expect(grid).toContain('登记审核')
  expect(grid).not.toContain('角色管理')
  await page.getByText('我的', { exact: true }).last().click()
  await page.getByTestId('me-roles').waitFor()
  expect(await page.getByTestId('me-roles').textContent()).toContain('楼长')
  await screenshot(page, 'me-building-head')
  await context.close()
})

test('a scene naming no station says so in plain words, with a retry and a way to a station', async () => {
  const { page, context } = await personSession(suite.browser, 'guest-e2e-bad')
  await page.goto(`${suite.app.url}/?scene=s%3Dnosuchplace`)
  await page.getByTestId('state-error').waitFor()
  expect(await page.getByTestId('state-error').textContent()).toContain('没有找到这个驿站')
  await page.getByTestId('state-error').getByText('重试').waitFor()
  await page.getByTestId('go-home').click()
  await page.getByTestId('demo-station').waitFor()
  await context.close()
})

test('a subpage has a title bar whose 返回 goes back; opened directly, its 首页 goes home', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-resident')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-verified').waitFor()
  await page.getByTestId('page-home').getByTestId('tile-我的登记').click()
  await page.getByTestId('registration-status').waitFor()
  const bar = page.locator('#taro-navigation-bar')
  expect(await bar.textContent()).toContain('我的登记')
  await screenshot(page, 'title-bar-back')
  await bar.locator('.taro-navigation-bar-back').click()
  await page.getByTestId('page-home').getByTestId('member-verified').waitFor()
  expect(page.url()).toContain('pages/home/index')

  await page.goto(`${suite.app.url}/#/packages/station/status/index`)
  await page.reload()
  await page.getByTestId('registration-status').waitFor()
  await bar.locator('.taro-navigation-bar-home').click()
  await page.getByTestId('page-home').getByTestId('member-verified').waitFor()
  await context.close()
})

test('a resident who opens a staff page is told why, and has a way home', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-resident')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-verified').waitFor()
  await page.goto(`${suite.app.url}/#/packages/station/manage/roles/index`)
  await page.getByTestId('gate-denied').waitFor()
  await screenshot(page, 'gate-denied')
  await page.getByTestId('gate-denied').getByTestId('go-home').click()
  await page.getByTestId('page-home').getByTestId('member-verified').waitFor()
  await context.close()
})

test('the workbench shows how many registrations wait, and the queue has that many', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-head')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  const tile = page.getByTestId('staff-grid').getByTestId('tile-登记审核')
  await tile.getByTestId('tile-count').waitFor()
  const count = await tile.getByTestId('tile-count').textContent()
  await tile.click()
  await page.getByTestId('verify-total').waitFor()
  expect(await page.getByTestId('verify-total').textContent()).toContain(`共 ${count} 条`)
  await context.close()
})

test('the API answers bad input with a typed error and never trusts a claimed identity', async () => {
  const res = await fetch(`${suite.app.url}/api/station`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'me', input: { openid: 'demo-staff' }, stationId: 'st-xinan' }),
  })
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
})
