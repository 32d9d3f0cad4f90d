import { createHash, createHmac } from 'crypto'
import { checkToken, hmacSha256, sha256, signToken, WINDOW_SECONDS, windowAt } from '../../../types/qrToken'

const bytes = (s: string) => [...Buffer.from(s, 'utf8')]
const KEY = 'k3y-for-one-activity_0123456789abcdefghijklmn'
const now = Date.UTC(2026, 11, 1, 9, 0, 0)

describe('rotating QR tokens (pure SHA-256, the same code on the phone and the server)', () => {
  test.each(['', 'abc', '签到|i|123', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000)])(
    'sha256 and hmac agree with Node crypto for %#',
    (text) => {
      expect(Buffer.from(sha256(bytes(text))).toString('hex')).toBe(
        createHash('sha256').update(text).digest('hex'),
      )
      expect(Buffer.from(hmacSha256(bytes(KEY), bytes(text))).toString('hex')).toBe(
        createHmac('sha256', KEY).update(text).digest('hex'),
      )
    },
  )

  test('a token is short enough for a link and accepted in its window and the next', () => {
    const token = signToken(KEY, 'activity:ac-1', 'in', windowAt(now))
    expect(token.length).toBeLessThanOrEqual(26)
    expect(checkToken(KEY, 'activity:ac-1', token, now)).toEqual({ ok: true, direction: 'in' })
    expect(checkToken(KEY, 'activity:ac-1', token, now + WINDOW_SECONDS * 1000)).toEqual({
      ok: true,
      direction: 'in',
    })
  })

  test('replayed two windows later it is expired', () => {
    const token = signToken(KEY, 'activity:ac-1', 'out', windowAt(now))
    expect(checkToken(KEY, 'activity:ac-1', token, now + 2 * WINDOW_SECONDS * 1000 + 1000)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  test('another subject, another key, a flipped direction or a changed window is forged', () => {
    const token = signToken(KEY, 'activity:ac-1', 'in', windowAt(now))
    expect(checkToken(KEY, 'activity:ac-2', token, now).ok).toBe(false)
    expect(checkToken(`${KEY}x`, 'activity:ac-1', token, now)).toEqual({ ok: false, reason: 'forged' })
    expect(checkToken(KEY, 'activity:ac-1', `o${token.slice(1)}`, now)).toEqual({
      ok: false,
      reason: 'forged',
    })
    const [head, mac] = token.split('.')
    const shifted = `i${(parseInt(head.slice(1), 36) + 1).toString(36)}.${mac}`
    expect(checkToken(KEY, 'activity:ac-1', shifted, now)).toEqual({ ok: false, reason: 'forged' })
    expect(checkToken(KEY, 'activity:ac-1', 'not a token', now)).toEqual({ ok: false, reason: 'malformed' })
  })
})
