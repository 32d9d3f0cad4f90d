/**
 * The volunteer check-in on the weapp build: the organiser's phone shows the rotating code (drawn
 * on the phone; its link on the element), the volunteer taps 扫码签到 and the in-app scanner
 * answers that link → checked in; then the check-out code is scanned with WeChat's own scanner,
 * which opens the landing page with the whole link as `q` (扫普通链接二维码打开小程序) → checked out.
 * The organiser confirms hours and the volunteer's points move.
 */
import { weappSuite } from './driver'
import type { Driver } from './driver'

const weapp = weappSuite()
const ACTIVITY = 'ac-xinan-5' // 卫生大扫除: on now, check-in open; 孙晓 signed up

function link(organiser: Driver): string {
  const el = organiser.find('rotating-qr')
  return String(el.dataset.link)
}

test('organiser shows the code → in-app scan checks in → WeChat scanner (q=) checks out → hours confirmed', async () => {
  const organiser = weapp.phone('demo-organiser')
  await organiser.scan('s=xinan')
  await organiser.open('packages/volunteer/manage/checkin/index', { id: ACTIVITY })
  expect(organiser.cloudCalls.find((c) => c.action === 'openCheckin')).toMatchObject({ ok: true })
  const checkIn = link(organiser)
  expect(checkIn).toMatch(new RegExp(`^https://.+\\?s=xinan&k=a&i=${ACTIVITY}&t=i`))

  const volunteer = weapp.phone('demo-volunteer')
  await volunteer.scan('s=xinan')
  await volunteer.open('packages/volunteer/activity/index', { id: ACTIVITY })
  const before = Number(volunteer.cloudCalls.length)
  volunteer.media.scans.push({ result: checkIn, scanType: 'QR_CODE' })
  await volunteer.tap('scan-checkin')
  expect(volunteer.route).toBe('packages/station/scan/index')
  expect(volunteer.cloudCalls.slice(before).find((c) => c.action === 'checkIn')).toMatchObject({ ok: true })
  expect(volunteer.text('scan-done')).toContain('签到成功')

  await organiser.tap({ text: '签退码', within: 'direction-tabs' })
  const checkOut = link(organiser)
  expect(checkOut).toContain('&t=o')
  // WeChat's own scanner: the page opens with the link, URL-encoded, as `q`.
  const sent = volunteer.cloudCalls.length
  await volunteer.open('packages/station/scan/index', {
    q: encodeURIComponent(checkOut),
    scancode_time: '1764590000',
  })
  expect(volunteer.cloudCalls.slice(sent).find((c) => c.action === 'checkOut')).toMatchObject({ ok: true })
  expect(volunteer.text('scan-done')).toContain('签退成功')

  // A code that is not ours says so, and checks nobody in or out.
  const calls = volunteer.cloudCalls.length
  await volunteer.open('packages/station/scan/index', { q: encodeURIComponent('https://example.com/?x=1') })
  expect(volunteer.has('scan-unknown')).toBe(true)
  expect(
    volunteer.cloudCalls.slice(calls).filter((c) => c.action === 'checkIn' || c.action === 'checkOut'),
  ).toEqual([])

  await organiser.open('packages/volunteer/manage/roster/index', { id: ACTIVITY })
  // 张桂兰 and 杨帆 (seeded) are still checked in: the organiser is told to check them out first.
  organiser.answerModal(true)
  await organiser.tap('confirm-all')
  expect(organiser.cloudCalls.find((c) => c.action === 'confirmHours')).toMatchObject({ ok: true })
  expect(organiser.modals.at(-1)?.content).toMatch(/张桂兰|杨帆/)
  await volunteer.open('packages/volunteer/activity/index', { id: ACTIVITY })
  expect(volunteer.text('my-attendance')).toContain('时长已确认')
})
