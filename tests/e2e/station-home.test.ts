/**
 * Journey (issue 3): opening the app with a station scene lands on that station's home —
 * name, address, team, hours — and "me" says who I am there.
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

test('a scene naming no station shows an error in plain words, with a retry', async () => {
  const { page, context } = await personSession(suite.browser, 'guest-e2e-bad')
  await page.goto(`${suite.app.url}/?scene=s%3Dnosuchplace`)
  await page.getByTestId('state-error').waitFor()
  expect(await page.getByTestId('state-error').textContent()).toContain('没有找到这个驿站')
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
