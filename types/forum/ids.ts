/**
 * Ids derived from what they stand for, so a repeated call (a double tap, a flaky network) lands
 * on the record the first call made instead of a second one; the demo seed makes its records with
 * the same ids. (Node only: the app never imports it.)
 */
import { createHash } from 'crypto'

export const derivedId = (prefix: string, ...parts: string[]) =>
  prefix + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 22)

export const supportId = (topicId: string, memberId: string) => derivedId('su', topicId, memberId)
export const ratingId = (topicId: string, memberId: string) => derivedId('ra', topicId, memberId)
export const reportId = (type: string, targetId: string, memberId: string) =>
  derivedId('rp', type, targetId, memberId)
export const signupId = (sessionId: string, memberId: string) => derivedId('ss', sessionId, memberId)
