/**
 * 邻里夜话 on the weapp build: a resident raises a topic with a photo — WeChat's picker answers
 * (`chooseMedia`, from the tap, declared in the privacy list) and the photo goes straight to cloud
 * storage (`wx.cloud.uploadFile`) into an anonymous folder — the 站长 accepts and assigns it, the
 * property company's representative answers, and the author rates it. The consent prompt for
 * status messages comes from the same tap as the submit. At an evening session's door the 站长
 * shows the rotating code and a neighbour checks in with WeChat's own scanner.
 */
import { scenePng } from '../../localcloud/seed/png'
import { weappSuite } from './driver'
import { modifyRecord, wireDate } from '../cloud/support/helpers'

const weapp = weappSuite()

test('raise with a photo (chooseMedia, cloud.uploadFile) → 站长 assigns → 物业 answers → the author rates', async () => {
  const author = weapp.phone('demo-resident')
  await author.scan('s=xinan')
  await author.tap('home-raise')
  expect(author.route).toBe('packages/forum/raise/index')
  await author.input('raise-title', '车棚顶棚漏雨')
  await author.input('raise-body', '5栋旁边的自行车棚顶棚破了，下雨天车都淋湿了。')
  await author.tap({ text: '设施维修', within: 'raise-category' })
  await author.tap('raise-anonymous')

  // The picker answers with one photo; its bytes are on the phone at the temp path.
  author.media.choosePhotos([scenePng(3)])
  await author.tap('add-image')
  const pick = author.host.rules.calls.find((c) => c.api === 'chooseMedia')
  expect(pick).toMatchObject({ inGesture: true, page: 'packages/forum/raise/index' })

  await author.tap('raise-submit')
  expect(author.cloudCalls.filter((c) => !c.ok)).toEqual([])
  // Asked from the submit tap for one more status message; then uploaded, into an anonymous folder.
  expect(author.host.env.ui.subscribePrompts).toEqual([['local-topicStatus']])
  expect(author.host.env.uploads).toHaveLength(1)
  expect(author.host.env.uploads[0].cloudPath).toMatch(
    /^stations\/st-xinan\/topic\/[0-9a-f]{24}\/[0-9a-f]{12}-/,
  )
  expect(author.route).toBe('packages/forum/topic/index')
  expect(author.text('topic-author')).toContain('匿名居民')
  expect(author.find('topic-photos').text).toBe('')
  const topicId = author.host.current!.options.id as string
  expect(author.cloudCalls.find((c) => c.action === 'raiseTopic')).toMatchObject({ ok: true })

  const staff = weapp.phone('demo-staff')
  await staff.scan('s=xinan')
  await staff.open('packages/forum/topic/index', { id: topicId })
  // Staff see who it is; residents do not.
  expect(staff.text('topic-author')).toContain('刘阿姨')
  await staff.tap('accept')
  await staff.tap({ text: '物业', within: 'assign-side' })
  await staff.tap('assign-send')
  expect(staff.text('topic-holder')).toContain('物业')

  const rep = weapp.phone('demo-property-rep')
  await rep.scan('s=xinan')
  await rep.open('packages/forum/topic/index', { id: topicId })
  expect(rep.text('topic-author')).not.toContain('刘阿姨')
  await rep.tap({ text: '正式答复', within: 'handling-tabs' })
  await rep.input('work-reply-text', '已更换车棚顶棚的破损板材。')
  await rep.tap('work-reply-send')
  expect(rep.text('official-reply')).toContain('物业代表 钱志刚')

  await author.open('packages/forum/topic/index', { id: topicId })
  await author.tap('star-4')
  await author.tap('rate-send')
  expect(author.text('topic-status')).toBe('已评价')
  expect(author.text('my-rating')).toContain('★★★★')
  expect(author.cloudCalls.filter((c) => !c.ok)).toEqual([])
})

test('backing out of the photo picker is not an error; the form stays as it was', async () => {
  const author = weapp.phone('demo-resident2')
  await author.scan('s=xinan')
  await author.open('packages/forum/raise/index')
  await author.tap('add-image')
  expect(author.modals).toEqual([])
  expect(author.find('image-picker').text).toContain('添加照片')
})

test('the session door: the 站长 shows the code → WeChat scanner (q=) checks a neighbour in, once', async () => {
  // The evening comes: the demo's coming session started ten minutes ago.
  const minutes = (m: number) => wireDate(m * 60_000)
  await modifyRecord(
    weapp.cloud,
    'talkSessions',
    { _id: 'ts-xinan-2' },
    { $set: { startAt: minutes(-10), endAt: minutes(110) } },
  )
  const staff = weapp.phone('demo-staff')
  await staff.scan('s=xinan')
  await staff.open('packages/forum/session/index', { id: 'ts-xinan-2' })
  await staff.tap('go-door')
  expect(staff.route).toBe('packages/forum/manage/door/index')
  expect(staff.cloudCalls.find((c) => c.action === 'checkInKey')).toMatchObject({ ok: true })
  const link = String(staff.find('rotating-qr').dataset.link)
  expect(link).toMatch(/^https:\/\/.+\?s=xinan&k=ts&i=ts-xinan-2&t=i/)
  const counts = () => Number(/已签到 (\d+) 人/.exec(staff.text('door-counts'))?.[1])
  const before = counts()

  const neighbour = weapp.phone('demo-volunteer')
  await neighbour.scan('s=xinan')
  for (let i = 0; i < 2; i++) {
    const sent = neighbour.cloudCalls.length
    await neighbour.open('packages/station/scan/index', { q: encodeURIComponent(link) })
    expect(neighbour.cloudCalls.slice(sent).find((c) => c.action === 'checkInSession')).toMatchObject({
      ok: true,
    })
    expect(neighbour.text('scan-done')).toContain('签到成功')
  }
  // Someone whose registration still waits is told why, and nothing is counted for them.
  const waiting = weapp.phone('demo-pending')
  await waiting.scan('s=xinan')
  await waiting.open('packages/station/scan/index', { q: encodeURIComponent(link) })
  expect(waiting.text('scan-not-verified')).toContain('登记并通过审核后，才能扫码签到夜话会')
  expect(waiting.cloudCalls.filter((c) => c.action === 'checkInSession')).toEqual([])

  await staff.open('packages/forum/manage/door/index', { id: 'ts-xinan-2' })
  expect(counts()).toBe(before + 1)
})
