/**
 * 微心愿 in the browser (H5), as the people in it would live it: 刘阿姨 posts a wish with a photo →
 * the 站长 approves it → 孙晓 (a volunteer) claims it, sees how to reach her, marks it fulfilled
 * with a photo → 刘阿姨 confirms with a thank-you → 孙晓's points and her thanks are on the wall.
 * Also: a neighbour sees the wall without anyone's contact; 王建国 follows 王奶奶's wishes for her;
 * the wall in 大字模式.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import type { Page } from 'playwright-core'
import { radio } from '../../localcloud/seed/pictures'
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

const photo = (name: string) => {
  const file = path.join(os.tmpdir(), `linli-e2e-${name}.png`)
  fs.writeFileSync(file, radio(name.includes('done')))
  return file
}

async function enter(page: Page) {
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
}

async function open(page: Page, route: string) {
  await page.goto(`${suite.app.url}/#/packages/wish/${route}`)
}

/** Taps the + tile and answers the file picker (Taro's chooseMedia in H5) with a picture. */
async function addPhoto(page: Page, scope: string, file: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId(scope).getByTestId('photo-add').click()
  await (await chooser).setFiles(file)
  await page.getByTestId(scope).locator('img').first().waitFor()
}

/** The detail page now showing (Taro keeps earlier pages in the document). */
const detail = (page: Page) => page.getByTestId('page-wish-detail').last()

test('post → approve → claim → fulfil with a photo → confirm: points and thanks visible', async () => {
  // 刘阿姨 posts.
  const resident = await personSession(suite.browser, 'demo-resident')
  const r = resident.page
  await enter(r)
  await r.getByTestId('home-wishes').getByTestId('home-wish-wi-xa-bike').waitFor()
  await r.getByTestId('home-wishes').scrollIntoViewIfNeeded()
  await screenshot(r, 'wish-home-section')
  await r.getByTestId('home-go-wall').click()
  await r.getByTestId('wall-list').waitFor()
  await r.getByTestId('go-post').click()
  await r.getByTestId('page-wish-post').waitFor()
  // Sending nothing says everything that is missing at once.
  await r.getByTestId('wish-submit').click()
  expect(await r.getByTestId('field-error').count()).toBe(3)
  await r.getByTestId('wish-title').locator('input').fill('阳台水龙头一直滴水')
  await r
    .getByTestId('wish-description')
    .locator('textarea')
    .fill('家里没有扳手，想请会修的邻居帮忙换个阀芯。')
  await r.getByTestId('wish-category').getByText('维修', { exact: true }).click()
  await addPhoto(r, 'wish-photos', photo('wish'))
  await r.getByTestId('wish-address-note').locator('input').fill('进门右手边')
  await screenshot(r, 'wish-post-filled')
  await r.getByTestId('wish-submit').click()
  await detail(r).getByTestId('wish-detail-pending').waitFor()
  expect(await detail(r).getByTestId('wish-status-note').textContent()).toContain('等待驿站工作人员审核')
  await screenshot(r, 'wish-posted-pending')
  await r.waitForURL(/detail\/index\?id=/)
  const wishId = /[?&]id=([A-Za-z0-9_-]+)/.exec(r.url())![1]

  // The 站长 approves it from 心愿管理.
  const staff = await personSession(suite.browser, 'demo-staff')
  const s = staff.page
  await enter(s)
  // The tile counts what waits: the seeded wish to review and dispute, and this one.
  const tile = s.getByTestId('staff-grid').getByTestId('tile-心愿管理')
  expect(await tile.getByTestId('tile-count').textContent()).toBe('3')
  await tile.click()
  await s.getByTestId(`queue-${wishId}`).waitFor()
  await screenshot(s, 'wish-manage-queue')
  await s.getByTestId('manage-tabs').getByTestId('tab-figures').click()
  await s.getByTestId('wish-settings').getByTestId('setting-claimTimeoutDays').waitFor()
  await s.getByTestId('wish-stats').getByTestId('state-loading').waitFor({ state: 'detached' })
  await screenshot(s, 'wish-manage-figures')
  await s.getByTestId('manage-tabs').getByTestId('tab-pending').click()
  await s.getByTestId(`queue-${wishId}`).click()
  await detail(s).getByTestId('move-approve').click()
  await detail(s).getByTestId('wish-detail-open').waitFor()
  await screenshot(s, 'wish-approved')
  await staff.context.close()

  // 孙晓 finds it on the wall and claims it.
  const volunteer = await personSession(suite.browser, 'demo-volunteer')
  const v = volunteer.page
  // 孙晓's points before: volunteering pays points too, so the balance is more than wishes gave.
  const figure = async (label: string) =>
    Number(
      new RegExp(`(\\d+)${label}`).exec((await v.getByTestId('helper-summary').textContent()) ?? '')?.[1],
    )
  await enter(v)
  await open(v, 'mine/index?tab=claimed')
  await v.getByTestId('helper-summary').waitFor()
  const balanceBefore = await figure('我的积分')
  expect(balanceBefore).toBeGreaterThanOrEqual(10)
  await open(v, 'wall/index')
  const card = v.getByTestId(`wish-${wishId}`)
  await card.waitFor()
  expect(await card.textContent()).toContain('1栋')
  expect(await v.getByTestId('page-wish-wall').textContent()).not.toMatch(/进门右手边|1单元301|13905710006/)
  await screenshot(v, 'wish-wall-open')
  await card.click()
  await detail(v).getByTestId('move-claim').click()
  await detail(v).getByTestId('wish-detail-claimed').waitFor()
  await detail(v).getByTestId('show-contact').click()
  await detail(v).getByTestId('contact-phone').waitFor()
  expect(await detail(v).getByTestId('contact-phone').textContent()).toBe('13905710006')
  expect(await detail(v).getByTestId('contact-address').textContent()).toContain('1栋1单元301（进门右手边）')
  await screenshot(v, 'wish-claimed-contact')

  // …and marks it fulfilled with a photo.
  await detail(v).getByTestId('move-fulfil').click()
  await detail(v).getByTestId('fulfil-note').locator('textarea').fill('换了新阀芯，不滴水了。')
  await addPhoto(v, 'fulfil-photos', photo('done'))
  await screenshot(v, 'wish-fulfil-form')
  await detail(v).getByTestId('fulfil-send').click()
  await detail(v).getByTestId('wish-detail-fulfilled').waitFor()
  await detail(v).getByTestId('fulfil-photos-shown').locator('img').first().waitFor()

  // 刘阿姨 confirms, with a thank-you.
  await r.reload()
  await detail(r).getByTestId('wish-detail-fulfilled').waitFor()
  await detail(r).getByTestId('fulfil-photos-shown').locator('img').first().waitFor()
  await screenshot(r, 'wish-to-confirm')
  await detail(r).getByTestId('move-confirm').click()
  await detail(r).getByTestId('confirm-form-input').locator('textarea').fill('谢谢小孙，修得又快又好！')
  await detail(r).getByTestId('confirm-form-send').click()
  await detail(r).getByTestId('wish-detail-confirmed').waitFor()
  expect(await detail(r).getByTestId('wish-points').textContent()).toContain('10 积分')
  await screenshot(r, 'wish-confirmed')
  await resident.context.close()

  // 孙晓's record: the wish, the points; the thanks on the wall.
  await open(v, 'mine/index?tab=claimed')
  await v.getByTestId('helper-summary').waitFor()
  await v.waitForFunction(() =>
    document.querySelector('[data-testid="helper-summary"]')?.textContent?.includes('2帮邻居实现的心愿'),
  )
  expect(await figure('心愿得到的积分')).toBe(20)
  expect(await figure('我的积分')).toBe(balanceBefore + 10)
  await screenshot(v, 'wish-helper-record')
  await open(v, 'wall/index')
  await v.getByTestId('wall-filter').getByTestId('tab-fulfilled').click()
  const done = v.getByTestId('page-wish-wall').last().getByTestId(`wish-${wishId}`)
  await done.waitFor()
  expect(await done.getByTestId('wish-thanks').textContent()).toContain('谢谢小孙')
  expect(await done.getByTestId('wish-claimer').textContent()).toContain('获得 10 积分')
  await screenshot(v, 'wish-wall-fulfilled')
  await volunteer.context.close()
})

test('王建国 follows 王奶奶’s wishes for her; her radio’s thanks are on the wall', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-proxy')
  await enter(page)
  await page.goto(`${suite.app.url}/#/packages/station/proxy/index`)
  await page.getByTestId('act-for-mb-xa-elder').click()
  await page.getByTestId('page-home').getByTestId('acting-for').waitFor()
  await page.getByTestId('resident-tiles').getByTestId('tile-微心愿').click()
  await page.getByTestId('go-mine').click()
  const mine = page.getByTestId('page-wish-mine')
  await mine.getByTestId('wish-wi-xa-radio').waitFor()
  expect(await mine.getByTestId('mine-tabs').textContent()).toContain('王奶奶的心愿')
  await screenshot(page, 'wish-mine-for-elder')
  await mine.getByTestId('wish-wi-xa-radio').click()
  await detail(page).getByTestId('wish-thanks').waitFor()
  expect(await detail(page).getByTestId('wish-wisher').textContent()).toContain('由代办人发布')
  await screenshot(page, 'wish-elder-radio')
  await context.close()
})

test('the wall in 大字模式 keeps its cards readable', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-party')
  await enter(page)
  await page.getByText('我的', { exact: true }).last().click()
  await page.getByTestId('me-wish-record').waitFor()
  await page.getByTestId('large-text').click()
  await open(page, 'wall/index')
  await page.getByTestId('wish-wi-xa-walk').waitFor()
  expect(await page.getByTestId('wish-wi-xa-walk').textContent()).not.toContain('王奶奶')
  await screenshot(page, 'wish-wall-large')
  await context.close()
})
