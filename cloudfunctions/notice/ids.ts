/**
 * Ids derived from what a record is about, so a repeated write lands on the same document: a
 * retried post is the same notice, a household's read of a notice is one document, a guest is
 * counted once, a group chat is bound once per station.
 */
import { createHash } from 'crypto'

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 24)

/** The notice a post makes: the author's own form token, so a retried post answers the same notice. */
export const noticeIdOf = (stationId: string, authorId: string, clientToken: string) =>
  `nt-${hash(stationId, authorId, clientToken)}`

export { audienceId, readId } from '../../types/notice/layout'

/** A guest is known by a hash of their OPENID only. */
export const visitorOf = (stationId: string, openid: string) => hash('visitor', stationId, openid)

export const visitId = (noticeId: string, visitor: string) => `nv-${hash(noticeId, visitor)}`

export const groupIdOf = (stationId: string, openGId: string) => `ng-${hash(stationId, openGId)}`
