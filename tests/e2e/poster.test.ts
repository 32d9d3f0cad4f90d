/**
 * Journey: 站长 opens 驿站二维码. The QR image comes from cloud storage through a temporary URL
 * (no base64 in the answer), shows at full size, and downloads as a PNG.
 */
import fs from 'fs'
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

test('the station QR loads from its storage URL and downloads as a PNG', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-staff')
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('member-verified').waitFor()
  await page.goto(`${suite.app.url}/#/packages/station/manage/poster/index`)
  await page.getByTestId('poster').waitFor()
  expect(await page.getByTestId('poster-address').textContent()).toContain('馨安路88号')
  // What residents read, not how it works: no scene, no generation time.
  expect(await page.getByTestId('poster').textContent()).not.toContain('二维码内容')
  const img = page.getByTestId('poster-qr').locator('img')
  await img.waitFor()
  expect(await img.getAttribute('src')).toMatch(/\/storage\/.+\.png\?t=\d+&sign=[0-9a-f]{64}$/)
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="poster-qr"] img') as HTMLImageElement | null
    return (el?.naturalWidth ?? 0) > 0
  })
  const width = await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)
  expect(width).toBeGreaterThanOrEqual(200)
  await screenshot(page, 'poster')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-poster').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/二维码\.png$/)
  const file = await download.path()
  const bytes = fs.readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  await context.close()
})
