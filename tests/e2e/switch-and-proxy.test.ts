/**
 * Journeys: one person in two stations switches between them; a stand-in acts for an elderly
 * neighbour without a smartphone (代办), and the station's audit log shows it.
 */
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

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

test('a stand-in acts for 王奶奶: the home says so, and staff see it in the audit log', async () => {
  const proxy = await personSession(suite.browser, 'demo-proxy')
  await proxy.page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await proxy.page.getByTestId('member-verified').waitFor()
  await proxy.page.goto(`${suite.app.url}/#/packages/station/proxy/index`)
  await proxy.page.getByTestId('act-for-mb-xa-elder').click()
  await proxy.page.getByTestId('acting-for').waitFor()
  expect(await proxy.page.getByTestId('acting-for').textContent()).toContain('王奶奶')
  await screenshot(proxy.page, 'acting-for-elder')
  await proxy.context.close()

  const staff = await personSession(suite.browser, 'demo-staff')
  await staff.page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await staff.page.getByTestId('station-name').waitFor()
  await staff.page.goto(`${suite.app.url}/#/packages/station/manage/audit/index`)
  await staff.page.getByText('代办：查看登记信息').first().waitFor()
  await screenshot(staff.page, 'audit-shows-proxy')
  await staff.context.close()
})
