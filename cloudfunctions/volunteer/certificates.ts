/** Hours certificates: the certified figure, counted from confirmed service items. */
import type { CertificateDoc } from '../../types/volunteer/entities'
import type { CertificateView } from '../../types/volunteer/views'
import type { ScopedDb } from '../_kernel/repo'
import { volunteerServiceItems } from './serviceItems'

export async function certifiedFigures(db: ScopedDb, memberId: string, from: string, to: string) {
  const items = await volunteerServiceItems(db, memberId, from, to)
  return { minutes: items.reduce((n, i) => n + i.minutes, 0), attendances: items.length }
}

export function toCertificate(c: CertificateDoc, stillMatches?: boolean): CertificateView {
  return {
    number: c.number,
    memberName: c.memberName,
    stationName: c.stationName,
    from: c.from,
    to: c.to,
    minutes: c.minutes,
    attendances: c.attendances,
    issuedAt: new Date(c.issuedAt).toISOString(),
    ...(stillMatches === undefined ? {} : { stillMatches }),
  }
}
