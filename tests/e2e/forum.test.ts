/**
 * 邻里夜话 in Chromium (H5): a resident raises a topic with a photo → two neighbours support it →
 * the 站长 accepts and assigns it to the property company → the property company's representative
 * answers → the author rates it → the figures count it resolved and rated. A topic with a test word
 * is refused with the reason under the field, and nothing appears in the list. At an evening
 * session's door, staff show the rotating check-in code and a neighbour opening its link is checked in.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import type { Page } from 'playwright-core'
import { scenePng } from '../../localcloud/seed/png'
import { personSession, screenshot } from './support/browser'
import { minutesFromNow, setDates } from './support/local'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()
jest.setTimeout(240_000)

async function enter(page: Page) {
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
}

async function openTopic(page: Page, topicId: string) {
  await page.goto(`${suite.app.url}/#/packages/forum/topic/index?id=${topicId}`)
  await page.getByTestId('topic-head').waitFor()
}

/** The local stand-in for WeChat's subscription prompt: a modal per template. */
async function allowMessages(page: Page) {
  await page.locator('.taro-modal__content').getByText('允许', { exact: true }).first().click()
}

/** What the property company's row of the figures says. */
async function propertyFigures(page: Page): Promise<string> {
  await page.goto(`${suite.app.url}/#/packages/forum/figures/index`)
  const row = page.getByTestId('figure-side-propertyCompany')
  await row.waitFor()
  return (await row.textContent()) ?? ''
}

const number = (text: string, label: string) => Number(new RegExp(`${label} (\\d+)`).exec(text)?.[1] ?? NaN)

test('raise with a photo → neighbours support → 站长 assigns → 物业 answers → the author rates → figures count it', async () => {
  const author = await personSession(suite.browser, 'demo-resident')
  const a = author.page
  await enter(a)
  const before = await propertyFigures(a)

  await enter(a)
  await a.getByTestId('home-forum').waitFor()
  await screenshot(a, 'forum-home-card')
  await a.getByTestId('home-raise').click()
  await a.getByTestId('page-raise').waitFor()
  await a.getByTestId('raise-title').locator('input').fill('2栋门口的路灯坏了')
  await a
    .getByTestId('raise-body')
    .locator('textarea')
    .fill('2栋门口的两盏路灯坏了快一个月，晚上回家看不清台阶。')
  await a.getByTestId('raise-category').getByText('设施维修', { exact: true }).click()
  const photo = path.join(os.tmpdir(), `forum-e2e-${process.pid}.png`)
  fs.writeFileSync(photo, scenePng(7))
  const [chooser] = await Promise.all([a.waitForEvent('filechooser'), a.getByTestId('add-image').click()])
  await chooser.setFiles(photo)
  await a.getByTestId('image-picker').locator('img').first().waitFor()
  await screenshot(a, 'forum-raise-filled')
  await a.getByTestId('raise-submit').click()
  await allowMessages(a)
  await a.getByTestId('page-topic').waitFor()
  await a.getByTestId('topic-photos').locator('img').first().waitFor()
  expect(await a.getByTestId('topic-status').first().textContent()).toBe('待受理')
  expect(await a.getByTestId('topic-holder').textContent()).toContain('驿站')
  const topicId = /[?&]id=([A-Za-z0-9_-]+)/.exec(a.url())?.[1] ?? ''
  expect(topicId).toMatch(/^tp/)
  // The photo is served from storage through a temporary URL.
  const src = await a.getByTestId('topic-photos').locator('img').first().getAttribute('src')
  expect(src).toMatch(/\/storage\/.+\.png\?t=\d+&sign=/)
  await screenshot(a, 'forum-topic-submitted')

  for (const neighbour of ['demo-resident2', 'demo-volunteer']) {
    const n = await personSession(suite.browser, neighbour)
    await enter(n.page)
    await openTopic(n.page, topicId)
    expect(await n.page.getByTestId('topic-author').textContent()).toContain('刘阿姨')
    await n.page.getByTestId('support').click()
    await n.page.getByTestId('withdraw-support').waitFor()
    await n.context.close()
  }

  const staff = await personSession(suite.browser, 'demo-staff')
  const s = staff.page
  await enter(s)
  await s.getByTestId('home-forum-queue').click()
  await s.getByTestId('page-forum-queue').waitFor()
  await s.getByTestId('queue-list').getByText('2栋门口的路灯坏了').click()
  await s.getByTestId('handling').waitFor()
  expect(await s.getByTestId('page-topic').textContent()).toContain('2 人支持')
  await s.getByTestId('accept').click()
  await s.getByTestId('work-assign').waitFor()
  await s.getByTestId('assign-side').getByText('物业', { exact: true }).click()
  await screenshot(s, 'forum-assign')
  await s.getByTestId('assign-send').click()
  await s.getByTestId('step-assigned').waitFor()
  expect(await s.getByTestId('topic-holder').textContent()).toContain('物业')
  await staff.context.close()

  const rep = await personSession(suite.browser, 'demo-property-rep')
  const p = rep.page
  await enter(p)
  await p.getByTestId('home-forum-queue').click()
  await p.getByTestId('queue-list').getByText('2栋门口的路灯坏了').click()
  await p.getByTestId('handling').waitFor()
  await p.getByTestId('handling-tabs').getByText('正式答复').click()
  await p
    .getByTestId('work-reply-text')
    .locator('textarea')
    .fill('已更换两盏LED路灯，并检查了2栋周边的照明。')
  await p.getByTestId('work-reply-send').click()
  await p.getByTestId('official-reply').waitFor()
  expect(await p.getByTestId('official-reply').textContent()).toContain('物业代表 钱志刚')
  await rep.context.close()

  await openTopic(a, topicId)
  await a.getByTestId('rate').waitFor()
  await a.getByTestId('star-5').click()
  await a.getByTestId('rate-comment').locator('textarea').fill('修得很快，谢谢！')
  await a.getByTestId('rate-send').click()
  await a.getByTestId('step-rated').waitFor()
  expect(await a.getByTestId('topic-status').first().textContent()).toBe('已评价')
  await screenshot(a, 'forum-topic-rated')

  const after = await propertyFigures(a)
  expect(number(after, '收集')).toBe(number(before, '收集') + 1)
  expect(number(after, '解决')).toBe(number(before, '解决') + 1)
  expect(after).toMatch(/满意度 [\d.]+（\d+人）/)
  await screenshot(a, 'forum-figures')
  await author.context.close()
})

test('a topic with a test word is refused: the reason shows under the field, and nothing is listed', async () => {
  const { page, context } = await personSession(suite.browser, 'demo-resident2')
  await enter(page)
  await page.goto(`${suite.app.url}/#/packages/forum/raise/index`)
  await page.getByTestId('page-raise').waitFor()
  await page.getByTestId('raise-title').locator('input').fill('想说说小区的事')
  await page.getByTestId('raise-body').locator('textarea').fill('这里写了违规测试词')
  await page.getByTestId('raise-category').getByText('建议', { exact: true }).click()
  await page.getByTestId('raise-notify').click()
  await page.getByTestId('raise-submit').click()
  const error = page
    .getByTestId('raise-body')
    .locator('xpath=ancestor::*[contains(@class,"field")][1]')
    .getByTestId('field-error')
  await error.waitFor()
  expect(await error.textContent()).toContain('不适合发布')
  await screenshot(page, 'forum-refused')
  await page.goto(`${suite.app.url}/#/packages/forum/index/index`)
  await page.getByTestId('topic-list').waitFor()
  expect(await page.getByTestId('page-forum').textContent()).not.toContain('想说说小区的事')
  await context.close()
})

test("the door: staff show the session's code → a neighbour opens its link → 签到成功, counted once", async () => {
  // The evening comes: the demo's coming session started ten minutes ago.
  await setDates(suite.app, 'talkSessions', 'ts-xinan-2', {
    startAt: minutesFromNow(-10),
    endAt: minutesFromNow(110),
  })
  const staff = await personSession(suite.browser, 'demo-staff')
  const s = staff.page
  await enter(s)
  await s.goto(`${suite.app.url}/#/packages/forum/session/index?id=ts-xinan-2`)
  await s.getByTestId('go-door').click()
  const qr = s.getByTestId('rotating-qr')
  await s.locator('[data-testid="rotating-qr"] canvas').waitFor()
  const link = (await qr.getAttribute('data-link'))!
  expect(link).toMatch(/\/q\?s=xinan&k=ts&i=ts-xinan-2&t=i/)
  const counted = async () =>
    Number(/已签到 (\d+) 人/.exec((await s.getByTestId('door-counts').textContent()) ?? '')?.[1])
  await s
    .getByTestId('door-counts')
    .getByText(/已签到 \d+ 人/)
    .waitFor()
  const before = await counted()
  await screenshot(s, 'forum-door-code')

  // A neighbour who did not sign up walks in and scans (opening the link is what scanning does).
  const n = await personSession(suite.browser, 'demo-volunteer')
  await n.page.goto(link)
  await n.page.getByTestId('scan-done').getByText('签到成功').waitFor()
  expect(await n.page.getByTestId('scan-done').textContent()).toContain('邻里夜话')
  await screenshot(n.page, 'forum-door-checked-in')
  // Scanning again answers the same and is not counted twice.
  await n.page.goto(`${suite.app.url}/#/pages/home/index`)
  await n.page.goto(link)
  await n.page.getByTestId('scan-done').getByText('签到成功').waitFor()

  await s.reload()
  await s
    .getByTestId('door-counts')
    .getByText(`已签到 ${before + 1} 人`)
    .waitFor()
  await n.context.close()
  await staff.context.close()
})
