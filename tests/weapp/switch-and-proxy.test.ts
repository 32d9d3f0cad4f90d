/**
 * Journeys on the weapp build: a resident of two stations switches between them (from the list and
 * by scanning another station's code), and a stand-in acts for 王奶奶 (代办), which staff then see
 * in the audit log. Navigation goes through the app's own taps and WeChat's tab bar.
 */
import { weappSuite } from './driver'

const weapp = weappSuite()

test('a resident of two stations switches from 馨安公寓 to 晴岚家园 through 我的 → 切换驿站', async () => {
  const resident = weapp.phone('demo-resident')
  await resident.scan('s=xinan')
  expect(resident.text('member-verified')).toContain('刘阿姨')

  await resident.tapTab('我的')
  expect(resident.route).toBe('pages/me/index')
  await resident.tap({ text: '切换驿站' })
  expect(resident.route).toBe('packages/station/stations/index')
  await resident.tap('station-qinglan')
  expect(resident.route).toBe('pages/home/index')
  expect(resident.text('station-name')).toContain('晴岚家园')
  expect(resident.text('member-verified')).toContain('刘阿姨')
})

test('scanning another station’s code from the switcher enters it, the scan starting in the tap', async () => {
  const resident = weapp.phone('demo-resident')
  await resident.scan('s=xinan')
  await resident.tapTab('我的')
  await resident.tap({ text: '切换驿站' })
  resident.media.scans.push({ scanType: 'WX_CODE', result: '', path: 'pages/entry/index?scene=s%3Dqinglan' })
  await resident.tap({ text: '扫码进入其他驿站' })
  expect(resident.route).toBe('pages/home/index')
  expect(resident.text('station-name')).toContain('晴岚家园')
  const scan = resident.host.rules.calls.find((c) => c.api === 'scanCode')
  expect(scan).toMatchObject({ inGesture: true, page: 'packages/station/stations/index' })
})

test('a stand-in acts for 王奶奶: the home says so, and staff see it in the audit log', async () => {
  const proxy = weapp.phone('demo-proxy')
  await proxy.scan('s=xinan')
  await proxy.tapTab('我的')
  await proxy.tap({ text: '代办服务' })
  expect(proxy.route).toBe('packages/station/proxy/index')
  expect(proxy.text('principal-list')).toContain('王奶奶')
  await proxy.tap('act-for-mb-xa-elder')
  expect(proxy.route).toBe('pages/home/index')
  expect(proxy.text('acting-for')).toContain('王奶奶')
  // Calls made for her carry onBehalfOf; the contract allows it, so no rule broke on the way.
  expect(proxy.cloudCalls.map((c) => c.action)).toContain('me')

  const staff = weapp.phone('demo-staff')
  await staff.scan('s=xinan')
  await staff.tap('tile-操作记录')
  expect(staff.route).toBe('packages/station/manage/audit/index')
  expect(staff.text()).toContain('代办：查看登记信息')
})

test('allowing result messages asks WeChat from the tap itself, and the consent is recorded', async () => {
  const volunteer = weapp.phone('demo-volunteer')
  await volunteer.scan('s=xinan')
  await volunteer.tap({ text: '消息通知' })
  expect(volunteer.route).toBe('packages/station/messages/index')
  await volunteer.tap('allow-messages')
  const prompt = volunteer.host.rules.calls.find((c) => c.api === 'requestSubscribeMessage')
  expect(prompt).toMatchObject({ inGesture: true, page: 'packages/station/messages/index' })
  expect(volunteer.host.env.ui.subscribePrompts.map((ids) => [...ids].sort())).toEqual([
    ['local-proxyDecision', 'local-registrationDecision'],
  ])
  expect(volunteer.cloudCalls.at(-1)).toMatchObject({ action: 'recordConsent', ok: true })
  const consents = weapp.cloud.cloud.db.find('subscriptions', { openid: 'demo-volunteer' }) as {
    template: string
    available: number
  }[]
  expect(consents.map((c) => [c.template, c.available]).sort()).toEqual([
    ['proxyDecision', 1],
    ['registrationDecision', 1],
  ])
})
