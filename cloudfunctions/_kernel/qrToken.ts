/**
 * The server side of rotating check-in QR codes (types/qrToken.ts): the key for one subject is
 * derived from the function's secret (`signing.ts`), so the server never stores it, hands it only
 * to that subject's organiser, and a leaked key signs for that subject alone. Checking a token
 * answers the direction or a typed, plain-Chinese refusal.
 */
import { checkToken } from '../../types/qrToken'
import type { Direction } from '../../types/qrToken'
import { AppError } from './errors'
import { keyFor } from './signing'

/** `subject` names what the QR admits to, e.g. `activity:<id>` or `talkSession:<id>`. */
export function qrKey(stationId: string, subject: string): string {
  return keyFor(`qr:${stationId}:${subject}`)
}

const REFUSALS = {
  malformed: '这不是本驿站的签到二维码，请扫组织者手机上的二维码',
  forged: '签到二维码不对：可能不是这个活动的，或不是本驿站的，请扫组织者手机上的二维码',
  expired: '签到二维码已过期，请扫组织者手机上正在显示的二维码',
} as const

/** The direction a valid token admits, or EXPIRED / INVALID_INPUT (field `token`) in plain words. */
export function verifyQrToken(stationId: string, subject: string, token: string, now: Date): Direction {
  const res = checkToken(qrKey(stationId, subject), subject, token, now.getTime())
  if (res.ok) return res.direction
  throw new AppError(res.reason === 'expired' ? 'EXPIRED' : 'INVALID_INPUT', REFUSALS[res.reason], 'token')
}
