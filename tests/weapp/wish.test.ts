/**
 * 微心愿 on the weapp build: 刘阿姨 posts a wish with a photo (chooseMedia answered from the tap,
 * the photo sent straight to cloud storage with wx.cloud.uploadFile), the 站长 approves it, 孙晓
 * claims it and marks it fulfilled with a photo, 刘阿姨 confirms with thanks — and 孙晓's points
 * show. Every platform rule holds on the way (the suite fails a test that breaks one).
 */
import { radio } from '../../localcloud/seed/pictures'
import { weappSuite } from './driver'

const weapp = weappSuite()

test('post with a photo → approve → claim → fulfil with a photo → confirm: points and thanks show', async () => {
  const resident = weapp.phone('demo-resident')
  await resident.scan('s=xinan')
  await resident.tap('tile-微心愿')
  expect(resident.route).toBe('packages/wish/wall/index')
  await resident.tap('go-post')
  expect(resident.route).toBe('packages/wish/post/index')
  await resident.input('wish-title', '厨房灯管坏了')
  await resident.input('wish-description', '灯管一闪一闪的，想请人帮忙换一根。')
  await resident.tap({ text: '维修' })
  resident.media.choosePhotos([radio()])
  await resident.tap('photo-add')
  const chose = resident.host.rules.calls.find((c) => c.api === 'chooseMedia')
  expect(chose).toMatchObject({ inGesture: true, page: 'packages/wish/post/index' })
  await resident.tap('wish-submit')
  expect(resident.host.env.uploads).toHaveLength(1)
  expect(resident.host.env.uploads[0].cloudPath).toMatch(/^stations\/st-xinan\/wish\/[0-9a-f]{24}\//)
  expect(resident.route).toBe('packages/wish/detail/index')
  expect(resident.text('wish-status-note')).toContain('等待驿站工作人员审核')
  const wishId = resident.host.current!.options.id

  const staff = weapp.phone('demo-staff')
  await staff.open('pages/entry/index', { scene: encodeURIComponent('s=xinan') })
  await staff.open('packages/wish/detail/index', { id: wishId })
  await staff.tap('move-approve')
  expect(staff.text('wish-status-note')).toContain('等待认领')

  const volunteer = weapp.phone('demo-volunteer')
  await volunteer.scan('s=xinan')
  // 孙晓's points before: volunteering pays points too, so the balance is more than wishes gave.
  const figure = (label: string) =>
    Number(new RegExp(`(\\d+)${label}`).exec(volunteer.text('helper-summary'))?.[1])
  await volunteer.open('packages/wish/mine/index', { tab: 'claimed' })
  const balanceBefore = figure('我的积分')
  expect(balanceBefore).toBeGreaterThanOrEqual(10)
  await volunteer.open('pages/home/index')
  await volunteer.tap('tile-微心愿')
  await volunteer.tap(`wish-${wishId}`)
  expect(volunteer.route).toBe('packages/wish/detail/index')
  await volunteer.tap('move-claim')
  expect(volunteer.text('wish-status-note')).toContain('您已认领')
  await volunteer.tap('show-contact')
  expect(volunteer.text('contact-phone')).toBe('13905710006')
  await volunteer.tap('move-fulfil')
  await volunteer.input('fulfil-note', '换了新灯管，亮了。')
  volunteer.media.choosePhotos([radio(true)])
  await volunteer.tap('photo-add')
  await volunteer.tap('fulfil-send')
  expect(volunteer.host.env.uploads.map((u) => u.cloudPath)).toEqual([
    expect.stringMatching(/^stations\/st-xinan\/fulfilment\//),
  ])
  expect(volunteer.text('wish-status-note')).toContain('等许愿人确认')

  await resident.open('packages/wish/detail/index', { id: wishId })
  await resident.tap('move-confirm')
  await resident.input('confirm-form-input', '谢谢小孙！')
  await resident.tap('confirm-form-send')
  expect(resident.text('wish-points')).toContain('10 积分')
  expect(resident.text('wish-thanks')).toContain('谢谢小孙')

  await volunteer.open('packages/wish/mine/index', { tab: 'claimed' })
  expect(figure('心愿得到的积分')).toBe(20)
  expect(figure('我的积分')).toBe(balanceBefore + 10)
})
