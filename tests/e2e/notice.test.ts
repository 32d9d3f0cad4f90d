/**
 * Journey: a building head posts a notice to 1栋 → a resident opens it from the shared card's path
 * (in the building group) → the head sees the read count go up and the unread list shrink → the
 * one reminder reaches only households that have not read it. Also: the resident's list and home,
 * subscribing to a kind of notice, a guest opening the card, and the notice in large-text mode.
 */
import type { Page } from 'playwright-core'
import { personSession, screenshot } from './support/browser'
import { callAs } from './support/local'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()

async function delivered(): Promise<{ touser: string; data: Record<string, { value: string }> }[]> {
  return (await fetch(`${suite.app.url}/api/dev/delivered`)).json()
}

async function enter(page: Page) {
  await page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await page.getByTestId('station-name').waitFor()
}

/** Answers the local stand-in for a modal (WeChat's own dialog in the mini-program). */
async function answerModal(page: Page, button: string) {
  await page
    .locator('.taro__modal, .taro-modal__content, [class*="modal"]')
    .getByText(button, { exact: true })
    .first()
    .click()
}

test('head posts → resident opens the shared card → read count up, unread list shrinks → reminder reaches only the unread', async () => {
  // 刘阿姨 subscribes to 安全提醒 in the app (the local prompt stands in for WeChat's), twice.
  const resident = await personSession(suite.browser, 'demo-resident')
  const r = resident.page
  await enter(r)
  await r.getByTestId('home-notices').waitFor()
  await screenshot(r, 'notice-home')
  await r.getByTestId('home-all-notices').click()
  await r.getByTestId('notice-list').waitFor()
  const row = r.getByTestId('subscribe-safety')
  for (let i = 0; i < 2; i++) {
    await row.getByText('提醒我').click()
    await answerModal(r, '允许')
    await row
      .getByTestId('subscribe-left')
      .getByText(`还可提醒 ${i + 1} 次`)
      .waitFor()
  }
  await screenshot(r, 'notice-list')
  // 陈小红, who will not read it, allowed two as well.
  for (let i = 0; i < 2; i++)
    await callAs(suite.app, 'demo-resident2', 'station', 'recordConsent', {
      results: { 'local-noticeSafety': 'accept' },
    })

  const head = await personSession(suite.browser, 'demo-head')
  const h = head.page
  await enter(h)
  await h.getByTestId('staff-grid').getByTestId('tile-通知管理').click()
  await h.getByTestId('compose-notice').click()
  await h.getByTestId('page-notice-compose').waitFor()
  // A building head is offered only the buildings they head, never the whole station.
  expect(await h.getByTestId('target-all').count()).toBe(0)
  expect(await h.getByTestId('target-buildings').textContent()).toBe('1栋2栋')
  await h.getByTestId('submit-notice').click()
  await h.getByText('请填写「标题」').waitFor()
  await h.getByTestId('notice-title-input').locator('input').fill('周五前清理楼道杂物')
  await h
    .getByTestId('notice-body-input')
    .locator('textarea')
    .fill('消防检查就在下周一，请把楼道里的纸箱、旧家具清走。')
  await h.getByTestId('pick-category').getByText('安全提醒', { exact: true }).click()
  await h.getByTestId('target-buildings').getByText('1栋', { exact: true }).click()
  await screenshot(h, 'notice-compose')
  await h.getByTestId('submit-notice').click()
  await h.getByTestId('posted-banner').waitFor()
  const total = h.getByTestId('read-total')
  expect(await total.textContent()).toBe('已读 1 / 5 户') // her own household
  const sharePath = (await h.getByTestId('share-path').textContent())!.split('：')[1]
  expect(sharePath).toMatch(/^\/packages\/notice\/detail\/index\?s=xinan&id=nt-/)
  await screenshot(h, 'notice-receipts-posted')
  const unread = h.getByTestId('household-list')
  expect(await unread.textContent()).toContain('1栋1单元301')
  expect(await unread.textContent()).toContain('刘**')
  expect(await unread.textContent()).not.toContain('刘阿姨')

  // The new notice went to both subscribers (one consent each).
  const firstSends = (await delivered()).filter((d) => d.data.thing1?.value === '周五前清理楼道杂物')
  expect(firstSends.map((d) => d.touser).sort()).toEqual(['demo-resident', 'demo-resident2'])

  // 刘阿姨 opens the card in 1栋's group chat (locally `group=` stands in for the shareTicket).
  await r.goto(`${suite.app.url}/#${sharePath}&group=xinan-1`)
  await r.getByTestId('read-state').waitFor()
  expect(await r.getByTestId('read-state').textContent()).toContain('已读')
  expect(await r.getByTestId('notice-title').textContent()).toBe('周五前清理楼道杂物')
  expect(await r.getByTestId('group-bound').textContent()).toContain('1栋邻里群')
  await screenshot(r, 'notice-detail-resident')

  await h.reload()
  await total.waitFor()
  expect(await total.textContent()).toBe('已读 2 / 5 户')
  expect(await h.getByTestId('group-reach').textContent()).toContain('1 人从群里打开')
  await h.getByTestId('household-list').waitFor()
  expect(await h.getByTestId('household-list').textContent()).not.toContain('1栋1单元301')
  expect(await h.getByTestId('household-list').textContent()).toContain('1栋1单元302')

  await h.getByTestId('remind').click()
  await answerModal(h, '确定')
  await h
    .locator('.taro__modal, .taro-modal__content, [class*="modal"]')
    .getByText('微信消息送达 1 户')
    .waitFor()
  await screenshot(h, 'notice-reminded')
  await answerModal(h, '知道了')
  await h.getByText('1栋已提醒过').waitFor()
  const reminders = (await delivered()).filter((d) => d.data.thing4?.value === '您还没有查看这条通知')
  expect(reminders.map((d) => d.touser)).toEqual(['demo-resident2'])
  await head.context.close()
  await resident.context.close()
})

test('a guest opening the card reads the notice and is invited to register; large text grows it', async () => {
  const guest = await personSession(suite.browser, 'guest-e2e-notice')
  const g = guest.page
  await g.goto(`${suite.app.url}/#/packages/notice/detail/index?s=xinan&id=nt-xinan-water`)
  await g.getByTestId('notice-title').waitFor()
  expect(await g.getByTestId('read-state').textContent()).toContain('登记')
  await g.getByTestId('go-register').waitFor()
  await screenshot(g, 'notice-detail-guest')
  await guest.context.close()

  const elder = await personSession(suite.browser, 'demo-resident')
  const e = elder.page
  await e.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await e.evaluate(() => localStorage.setItem('linli.largeText', JSON.stringify({ data: true })))
  await e.goto(`${suite.app.url}/#/packages/notice/detail/index?s=xinan&id=nt-xinan-water`)
  await e.getByTestId('notice-title').waitFor()
  const size = await e.getByTestId('notice-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(26)
  await screenshot(e, 'notice-detail-large')
  await elder.context.close()
})
