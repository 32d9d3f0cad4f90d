/**
 * The phone-number button's answers, each with its own plain message, and what `register` is sent.
 * Every failure leaves the way forward open: typing the number by hand (unverified).
 */
import { ERRNO_PHONE_QUOTA, readPhoneButton } from '@/platform/phoneButton'
import { phoneInput } from '@/packages/station/components/phoneChoice'
import type { PhoneChoice } from '@/packages/station/components/phoneChoice'

test('a code is passed on to be exchanged', () => {
  expect(readPhoneButton({ errMsg: 'getPhoneNumber:ok', code: 'abc123' })).toEqual({
    kind: 'code',
    code: 'abc123',
  })
})

test.each([
  [
    'quota used up (errno 1400001)',
    { errno: ERRNO_PHONE_QUOTA, errMsg: 'getPhoneNumber:fail no quota' },
    'quota',
    /次数已用完/,
  ],
  ['the person said no', { errMsg: 'getPhoneNumber:fail user deny' }, 'refused', /没有允许/],
  ['the person closed the sheet', { errMsg: 'getPhoneNumber:fail:user cancel' }, 'refused', /没有允许/],
  [
    'the privacy popup was refused (errno 104)',
    { errno: 104, errMsg: 'getPhoneNumber:fail privacy permission is not authorized or buttonId is wrong' },
    'privacyRefused',
    /没有同意本小程序的隐私保护指引/,
  ],
  [
    'the privacy guide does not declare 手机号 (errno 112)',
    { errno: 112, errMsg: 'getPhoneNumber:fail api scope is not declared in the privacy agreement' },
    'privacyUndeclared',
    /请告诉驿站工作人员/,
  ],
  [
    'this account may not use the button',
    { errMsg: 'getPhoneNumber:fail no permission' },
    'unavailable',
    /暂时不能使用/,
  ],
  [
    'an old client sends no code',
    { errMsg: 'getPhoneNumber:ok', encryptedData: 'xx', iv: 'yy' },
    'unsupported',
    /版本较旧/,
  ],
  ['anything else', { errMsg: 'getPhoneNumber:fail system error' }, 'failed', /再点一次/],
  ['no detail at all', undefined, 'failed', /再点一次/],
])('%s: its own message, and typing by hand is offered', (_, detail, kind, words) => {
  const result = readPhoneButton(detail as Parameters<typeof readPhoneButton>[0])
  expect(result.kind).toBe(kind)
  const { message } = result as { message: string }
  expect(message).toMatch(words)
  expect(message).toMatch(/填写手机号/)
  expect(message).not.toMatch(/设置/)
})

test('quota is read from errno even when the errMsg looks like a refusal', () => {
  expect(readPhoneButton({ errno: ERRNO_PHONE_QUOTA, errMsg: 'getPhoneNumber:fail user deny' }).kind).toBe(
    'quota',
  )
})

describe('what register is sent', () => {
  const now = new Date('2026-11-23T10:00:00Z')
  const verified = (expiresAt: string): PhoneChoice => ({
    kind: 'verified',
    token: 'tok',
    masked: '138****1234',
    expiresAt,
  })

  test('a verified number travels as its token', () => {
    expect(phoneInput(verified('2026-11-23T10:30:00Z'), now)).toEqual({ phoneToken: 'tok' })
  })
  test('a token about to expire is not sent: the person verifies again', () => {
    expect(phoneInput(verified('2026-11-23T10:00:30Z'), now)).toBe('expired')
  })
  test('a typed number travels as phone (stored unverified)', () => {
    expect(phoneInput({ kind: 'typed', phone: '13912345678' }, now)).toEqual({ phone: '13912345678' })
  })
  test('the number on file, or none chosen, sends neither (the server reuses a verified one)', () => {
    expect(phoneInput({ kind: 'onFile', masked: '139****5678' }, now)).toEqual({})
    expect(phoneInput(null, now)).toEqual({})
  })
})
