/**
 * Journeys on the weapp build: a notice shared into a building's group chat and opened from there
 * — the card carries station and notice, WeChat answers `getGroupEnterInfo` for the shareTicket,
 * the cloud reads the group's identity — so a bound group counts who opened it, an unbound one is
 * bound by its building head, and a neighbour who never used the app lands on the notice. Then a
 * resident subscribes to a kind of notice, WeChat's prompt asked from the tap itself.
 */
import type { Driver } from './driver'
import { weappSuite } from './driver'

const weapp = weappSuite()
const DETAIL = 'packages/notice/detail/index'

async function groupOpens(noticeId: string, group: string): Promise<number> {
  const res = (await weapp.cloud.call(
    'notice',
    { action: 'readStats', input: { noticeId }, stationId: 'st-xinan' },
    'demo-staff',
  )) as { ok: true; data: { groups: { name: string; opens: number }[] } }
  return res.data.groups.find((g) => g.name === group)?.opens ?? 0
}

/** 张桂兰 opens her corridor notice and shares it from the ··· menu (with a shareTicket). */
async function sharedCard(): Promise<{ title?: string; path?: string }> {
  const head = weapp.phone('demo-head')
  await head.scan('s=xinan')
  await head.open(DETAIL, { id: 'nt-xinan-corridor' })
  expect(head.text('notice-title')).toBe('楼道杂物请在周五前清理')
  expect(head.host.env.ui.shareMenu).toMatchObject({ withShareTicket: true })
  return head.share()
}

test('a card opened in the bound 1栋 group lands on the notice and counts the group', async () => {
  const card = await sharedCard()
  expect(card.title).toBe('【安全提醒】楼道杂物请在周五前清理')
  expect(card.path).toBe(`/${DETAIL}?s=xinan&id=nt-xinan-corridor`)
  const before = await groupOpens('nt-xinan-corridor', '1栋邻里群')

  // 周敏 (2栋) has not opened it yet; she opens the card inside 1栋's group chat (its shareTicket).
  const neighbour = weapp.phone('demo-deputy')
  await neighbour.openCard(card.path!, 'xinan-1')
  expect(neighbour.route).toBe(DETAIL)
  expect(neighbour.text('read-state')).toContain('已读')
  expect(neighbour.text('group-bound')).toContain('1栋邻里群')
  const enter = neighbour.host.rules.calls.find((c) => c.api === 'getGroupEnterInfo')
  expect(enter).toBeTruthy()
  expect(neighbour.cloudCalls.find((c) => c.action === 'open')?.input).toMatchObject({
    noticeId: 'nt-xinan-corridor',
    groupCloudID: 'local-group:xinan-1',
  })
  expect(await groupOpens('nt-xinan-corridor', '1栋邻里群')).toBe(before + 1)
})

test('opened in a group not bound yet, the building head binds it to one of their buildings', async () => {
  const card = await sharedCard()
  const head = weapp.phone('demo-head')
  await head.openCard(card.path!, 'b2-chat')
  await head.tap({ text: '2栋', within: 'bind-building' })
  await head.input('bind-name', '2栋业主群')
  await head.tap('bind-submit')
  expect(head.toasts.map((t) => t.title)).toContain('已绑定')
  expect(head.text('group-bound')).toContain('2栋业主群')

  // 孙晓 lives in 2栋: opening the card in that group now counts there.
  const volunteer = weapp.phone('demo-volunteer')
  await volunteer.openCard(card.path!, 'b2-chat')
  expect(volunteer.text('group-bound')).toContain('2栋业主群')
  expect(await groupOpens('nt-xinan-corridor', '2栋业主群')).toBe(1)
})

test('a neighbour who never used the app opens the card in the group: the notice, and a way to register', async () => {
  const card = await sharedCard()
  const guest = weapp.phone('weapp-notice-guest')
  await guest.openCard(card.path!, 'xinan-1')
  expect(guest.route).toBe(DETAIL)
  expect(guest.text('notice-title')).toBe('楼道杂物请在周五前清理')
  expect(guest.text('read-state')).toContain('登记')
  await guest.tap('go-register')
  expect(guest.route).toBe('packages/station/register/index')
})

test('a resident lets the station message them about 停水停电 notices: WeChat asked from the tap', async () => {
  const resident: Driver = weapp.phone('demo-resident2')
  await resident.scan('s=xinan')
  await resident.tap('tile-驿站通知')
  expect(resident.route).toBe('packages/notice/list/index')
  expect(resident.text('notice-list')).toContain('周日8:00-14:00全小区停水')
  await resident.tap({ text: '提醒我', within: 'subscribe-outage' })
  expect(resident.host.env.ui.subscribePrompts).toEqual([['local-noticeOutage']])
  const prompt = resident.host.rules.calls.find((c) => c.api === 'requestSubscribeMessage')
  expect(prompt).toMatchObject({ inGesture: true })
  expect(resident.text('subscribe-outage')).toContain('还可提醒 1 次')
})

test('a building head posts a notice with a photo from the album: picked from the tap, uploaded, shown to residents', async () => {
  const head = weapp.phone('demo-head')
  await head.scan('s=xinan')
  await head.tap('tile-通知管理')
  await head.tap('compose-notice')
  expect(head.route).toBe('packages/notice/manage/compose/index')
  await head.input('notice-title-input', '电梯检修')
  await head.input('notice-body-input', '周六上午电梯检修，请走楼梯。')
  await head.tap({ text: '停水停电', within: 'pick-category' })
  await head.tap({ text: '2栋', within: 'target-buildings' })
  // The album answers one photo (a real PNG's bytes in a temporary file).
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(300, 7),
  ])
  head.media.files.set('wxfile://tmp/lift.png', { data: png.toString('base64'), encoding: 'base64' })
  head.media.chosen.push({
    tempFiles: [{ tempFilePath: 'wxfile://tmp/lift.png', size: png.length, fileType: 'image' }],
  })
  await head.tap('add-images')
  expect(head.host.rules.calls.find((c) => c.api === 'chooseMedia')).toMatchObject({ inGesture: true })
  await head.tap('submit-notice')
  expect(head.route).toBe('packages/notice/manage/receipts/index')
  expect(head.text('read-summary')).toContain('电梯检修')
  const card = head.share()
  expect(card.path).toMatch(/^\/packages\/notice\/detail\/index\?s=xinan&id=nt-/)

  const volunteer = weapp.phone('demo-volunteer') // 2栋
  await volunteer.openCard(card.path!)
  const images = volunteer.findAll({ tag: 'image', within: 'notice-body' })
  expect(images).toHaveLength(1)
  expect(String(images[0].attrs.src)).toMatch(/^http/)
})
