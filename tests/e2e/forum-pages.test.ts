/**
 * The forum's pages with 馨安's demo data, as residents, a side's representative and staff see
 * them: the list (hot, unresolved, search), a topic at each kind of moment, my topics, sessions
 * with their minutes, the public board, the queues and moderation; one in 大字模式. Screenshots
 * for a person to look at (tests/e2e/artifacts/forum-*.png).
 */
import type { Page } from 'playwright-core'
import { personSession, screenshot } from './support/browser'
import { appAndBrowser } from './support/suite'

const suite = appAndBrowser()
jest.setTimeout(240_000)

async function at(page: Page, route: string, testId: string) {
  await page.goto(`${suite.app.url}/#/packages/forum/${route}`)
  await page.getByTestId(testId).waitFor()
}

async function enter(openid: string) {
  const session = await personSession(suite.browser, openid)
  await session.page.goto(`${suite.app.url}/?scene=s%3Dxinan`)
  await session.page.getByTestId('station-name').waitFor()
  return session
}

test('a resident reads the forum: hot list, unresolved, search, a topic with its timeline, sessions, the board', async () => {
  const { page, context } = await enter('demo-resident')
  await at(page, 'index/index', 'topic-list')
  expect(await page.getByTestId('topic-card').first().textContent()).toContain('停车费上涨')
  expect(await page.getByTestId('forum-summary').textContent()).toContain('今年收集')
  // The hidden demo topic is not listed for residents.
  expect(await page.getByTestId('topic-list').textContent()).not.toContain('骗子')
  await screenshot(page, 'forum-list-hot')

  await page.getByTestId('sort-tabs').getByText('待解决').click()
  await page.getByTestId('topic-list').getByText('5栋电梯经常停运').waitFor()
  await page.getByTestId('search-input').locator('input').fill('电梯')
  await page.getByTestId('search-go').click()
  await page.getByTestId('search-results').getByText('5栋电梯经常停运').waitFor()
  expect(await page.getByTestId('search-results').getByTestId('topic-card').count()).toBe(1)
  await screenshot(page, 'forum-search')

  await page.getByTestId('search-results').getByText('5栋电梯经常停运').click()
  await page.getByTestId('timeline').waitFor()
  expect(await page.getByTestId('topic-author').textContent()).toContain('匿名居民')
  expect(await page.getByTestId('step-overdue').textContent()).toContain('已逾期')
  expect(await page.getByTestId('replies').textContent()).toContain('提出人')
  await screenshot(page, 'forum-topic-overdue')

  await at(page, 'topic/index?id=tp-xinan-6', 'timeline')
  expect(await page.getByTestId('step-handedBack').textContent()).toContain('不属于本方职责')
  await screenshot(page, 'forum-topic-handed-back')

  await at(page, 'sessions/index', 'session-list')
  await page.getByTestId('session-tabs').getByText('往期').click()
  await page.getByTestId('session-list').getByText('十一月邻里夜话会').click()
  await page.getByTestId('minutes').waitFor()
  expect(await page.getByTestId('session-commitments').textContent()).toContain('已逾期')
  await screenshot(page, 'forum-session-past')

  await at(page, 'board/index', 'board')
  expect(await page.getByTestId('commitment').count()).toBe(4)
  await screenshot(page, 'forum-board')
  await context.close()
})

test("a side's representative works their queue; staff see the author of an anonymous topic and moderate", async () => {
  const rep = await enter('demo-committee-rep')
  await rep.page.getByTestId('home-forum-queue').click()
  await rep.page.getByTestId('queue-list').waitFor()
  expect(await rep.page.getByTestId('queue-list').textContent()).toContain('停车费上涨')
  expect(await rep.page.getByTestId('queue-list').textContent()).not.toContain('电梯')
  await screenshot(rep.page, 'forum-queue-committee')
  await rep.page.getByTestId('queue-list').getByText('停车费上涨没有征求业主意见').click()
  await rep.page.getByTestId('handling').waitFor()
  expect(await rep.page.getByTestId('handling-tabs').textContent()).toContain('退回')
  await screenshot(rep.page, 'forum-topic-committee-handling')
  await rep.context.close()

  const staff = await enter('demo-staff')
  await at(staff.page, 'topic/index?id=tp-xinan-5', 'topic-author')
  expect(await staff.page.getByTestId('topic-author').textContent()).toContain('杨帆')
  await at(staff.page, 'manage/queue/index', 'queue-list')
  await staff.page
    .getByTestId('queue-tabs')
    .getByText(/已逾期/)
    .click()
  await staff.page.getByTestId('queue-list').getByText('5栋电梯经常停运').waitFor()
  await screenshot(staff.page, 'forum-queue-staff')
  await staff.page.getByTestId('go-moderation').click()
  await staff.page.getByTestId('report-row').first().waitFor()
  await screenshot(staff.page, 'forum-moderation')
  await staff.context.close()
})

test('大字模式: the topic page grows with it and stays readable', async () => {
  const { page, context } = await enter('demo-resident')
  await page.goto(`${suite.app.url}/#/pages/me/index`)
  await page.getByTestId('large-text').click()
  await at(page, 'topic/index?id=tp-xinan-7', 'official-reply')
  const size = await page
    .getByTestId('topic-body')
    .evaluate((el) => parseFloat(window.getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(22)
  await screenshot(page, 'forum-topic-large')
  await context.close()
})
