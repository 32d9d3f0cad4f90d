/**
 * Journey on the weapp build: the 站长 exports the household register as a CSV and sends it to a
 * chat. WeChat lets `shareFileMessage` run only inside a tap, so the export is two taps: the first
 * prepares the table (a cloud call), the second — 发送到聊天 — shares it directly (issue 12 §3).
 */
import { weappSuite } from './driver'

const weapp = weappSuite()

test('staff export the register: one tap prepares it, 发送到聊天 shares the CSV from its own tap', async () => {
  const staff = weapp.phone('demo-staff')
  await staff.scan('s=xinan')
  await staff.tap('tile-住户名册')
  expect(staff.route).toBe('packages/station/manage/directory/index')

  await staff.tap('export-all')
  expect(staff.cloudCalls.filter((c) => c.action === 'exportDirectory')).toMatchObject([{ ok: true }])
  expect(staff.media.shared).toEqual([])

  await staff.tap({ text: /发送到聊天/ })
  expect(staff.media.shared).toHaveLength(1)
  const [file] = staff.media.shared
  expect(file.fileName).toMatch(/\.csv$/)
  expect(file.content).toContain('1栋')
  const share = staff.host.rules.calls.find((c) => c.api === 'shareFileMessage')
  expect(share).toMatchObject({ inGesture: true, page: 'packages/station/manage/directory/index' })
  expect(staff.toasts.at(-1)?.title).toBe('已发送')
})
