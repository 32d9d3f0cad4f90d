/**
 * Journey on the weapp build: a newcomer scans the station's QR code, registers a household with
 * WeChat's phone-number button, the building head verifies on her own phone, and the home page
 * then welcomes the resident. Same local cloud and demo data as the H5 journey.
 */
import { weappSuite } from './driver'

const weapp = weappSuite()

test('scan -> register with the phone-number button -> building head verifies -> home welcomes', async () => {
  const resident = weapp.phone('weapp-newcomer')
  await resident.scan('s=xinan')
  // The scene arrives URL-encoded; the entry page resolves it and switches to the home tab.
  expect(resident.cloudCalls[0]).toMatchObject({ name: 'station', action: 'resolve', ok: true })
  expect(resident.route).toBe('pages/home/index')
  expect(resident.text('station-name')).toBe('馨安公寓红旗驿站')

  await resident.tap('go-register')
  expect(resident.route).toBe('packages/station/register/index')
  await resident.tap({ text: '1栋', within: 'pick-building' })
  await resident.tap({ text: '1单元', within: 'pick-unit' })
  await resident.tap('room-901')
  expect(resident.text('picked-household')).toContain('1栋1单元901')
  await resident.tap({ text: '业主', within: 'pick-relation' })
  await resident.input('name-input', '测试居民')
  await resident.getPhoneNumber('phone-button', { code: 'local:13912345678' })
  // The one-time code is exchanged the moment it arrives, not when the form is sent.
  expect(resident.cloudCalls.at(-1)).toMatchObject({ action: 'verifyPhone', ok: true })
  expect(resident.text('phone-verified')).toContain('已验证 139****5678')
  await resident.tap('submit-register')
  expect(resident.cloudCalls.filter((c) => !c.ok)).toEqual([])
  expect(resident.route).toBe('packages/station/status/index')
  expect(resident.text('registration-status')).toContain('待审核')

  // 王德明 heads 3栋 and 4栋: the registration in 1栋 is not his to see.
  const otherHead = weapp.phone('demo-head2')
  await otherHead.scan('s=xinan')
  await otherHead.open('packages/station/manage/verify/index')
  expect(otherHead.has('verify-total')).toBe(true)
  expect(otherHead.text()).not.toContain('测试居民')

  const head = weapp.phone('demo-head')
  await head.scan('s=xinan')
  await head.tap('tile-登记审核')
  expect(head.route).toBe('packages/station/manage/verify/index')
  const row = head.find({ testId: /^verify-row-/, text: /测试居民/ })
  expect(row.text).toContain('1栋1单元901')
  expect(row.text).toContain('139****5678')
  await head.tap({ text: '通过', within: row })
  expect(head.has({ testId: row.dataset.testid as string })).toBe(false)

  await resident.scan('s=xinan')
  expect(resident.route).toBe('pages/home/index')
  expect(resident.text('member-verified')).toContain('测试居民')
  expect(resident.text('member-verified')).toContain('1栋1单元901')
})

test('an exhausted phone-verification quota says so, and a typed number registers as unverified', async () => {
  const resident = weapp.phone('weapp-quota-gone')
  await resident.scan('s=xinan')
  await resident.tap('go-register')
  await resident.tap({ text: '1栋', within: 'pick-building' })
  await resident.tap({ text: '1单元', within: 'pick-unit' })
  await resident.tap('room-902')
  await resident.tap({ text: '业主', within: 'pick-relation' })
  await resident.input('name-input', '自己填号')
  await resident.getPhoneNumber('phone-button', {
    errno: 1400001,
    errMsg: 'getPhoneNumber:fail no permission',
  })
  expect(resident.cloudCalls.some((c) => c.action === 'verifyPhone')).toBe(false)
  expect(resident.text('phone-problem')).toContain('验证次数已用完')

  // Pressing the button again cannot help: the field has already switched to typing the number.
  expect(resident.has('phone-typed')).toBe(true)
  await resident.input('phone-typed', '13912340902')
  expect(resident.text('phone-unverified')).toContain('未验证')
  await resident.tap('submit-register')
  expect(resident.cloudCalls.filter((c) => !c.ok)).toEqual([])
  expect(resident.route).toBe('packages/station/status/index')
  const stored = weapp.cloud.cloud.db.find('members', { name: '自己填号' })[0] as {
    phone: string
    phoneVerified: boolean
  }
  expect(stored).toMatchObject({ phone: '13912340902', phoneVerified: false })
})
