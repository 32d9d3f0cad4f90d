/**
 * Deterministic ids: one sign-up and one attendance per person and activity, one voucher per
 * redemption request, one tally of redemptions per person and reward. A repeated or raced call
 * lands on the same document, so the unique id does what a lock would. In the contract (Node
 * only, never imported by the app) so the demo seed puts records where the actions look.
 */
import { createHash } from 'crypto'

const hash = (text: string, n = 24) => createHash('sha256').update(text).digest('hex').slice(0, n)

export const signupId = (stationId: string, activityId: string, memberId: string) =>
  `su-${hash(`${stationId}|${activityId}|${memberId}`)}`

export const checkinId = (stationId: string, activityId: string, memberId: string) =>
  `ci-${hash(`${stationId}|${activityId}|${memberId}`)}`

export const redemptionId = (stationId: string, memberId: string, requestKey: string) =>
  `rd-${hash(`${stationId}|${memberId}|${requestKey}`)}`

export const redemptionCountId = (stationId: string, rewardId: string, memberId: string) =>
  `rc-${hash(`${stationId}|${rewardId}|${memberId}`)}`

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A voucher code from the redemption id: 10 characters people can read out (no 0/O/1/I). */
export function voucherCode(redemption: string): string {
  const bytes = createHash('sha256').update(`voucher|${redemption}`).digest()
  let out = ''
  for (let i = 0; i < 10; i++) out += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length]
  return out
}

/** `XINAN-2611-7KQ3M9PZ`: station code, month issued, 8 characters from the certified content. */
export function certificateNumber(stationCode: string, month: string, content: string): string {
  const bytes = createHash('sha256').update(`certificate|${content}`).digest()
  let tail = ''
  for (let i = 0; i < 8; i++) tail += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length]
  return `${stationCode.toUpperCase()}-${month.replace('-', '').slice(2)}-${tail}`
}

export const certificateId = (stationId: string, content: string) => `cf-${hash(`${stationId}|${content}`)}`
