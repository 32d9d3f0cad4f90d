/**
 * Notice tests start from the two fixture stations plus 馨安's demo notices (seeded relative to
 * now: functions read the real clock), and count figures again from the records to compare.
 */
import { xinanSeed } from '../../../localcloud/seed/xinan'
import { xinanNoticeSeed } from '../../../localcloud/seed/xinan-notice'
import type { MemberDoc } from '../../../types/entities'
import type { NoticeAudienceDoc, NoticeDoc, NoticeReadDoc } from '../../../types/notice'
import type { TestCloud } from '../support/cloud'
import { NOW, XINAN } from '../support/fixtures'
import { seededCloud } from '../support/helpers'

export async function noticeCloud(): Promise<TestCloud> {
  const t = await seededCloud()
  await t.seed(xinanNoticeSeed(new Date(), xinanSeed(NOW)))
  return t
}

let token = 0
/** A valid post; `extra` overrides any field. */
export function postInput(extra: Record<string, unknown> = {}) {
  return {
    clientToken: `test-${++token}-${Date.now()}`,
    title: '本周六电梯检修',
    body: '周六9:00-12:00电梯停运检修，请走楼梯，需要帮助请联系楼长。',
    category: 'safety',
    target: { buildings: [{ buildingId: 'bd-xinan-1' }] },
    ...extra,
  }
}

export function notice(t: TestCloud, id: string): NoticeDoc {
  const [doc] = t.cloud.db.find('notices', { _id: id }) as unknown as NoticeDoc[]
  if (!doc) throw new Error(`no notice ${id}`)
  return doc
}

export function readsOf(t: TestCloud, noticeId: string): NoticeReadDoc[] {
  return t.cloud.db.find('noticeReads', { noticeId }) as unknown as NoticeReadDoc[]
}

/** Verified members' households now: the audience a post made now would have. */
export function verifiedHouseholds(t: TestCloud, buildingIds?: string[]): Set<string> {
  const members = t.cloud.db.find('members', {
    stationId: XINAN,
    status: 'verified',
  }) as unknown as MemberDoc[]
  return new Set(
    members
      .filter((m) => m.householdId && (!buildingIds || buildingIds.includes(m.buildingId!)))
      .map((m) => m.householdId!),
  )
}

export interface Figures {
  targeted: number
  read: number
  units: Record<number, { targeted: number; read: number }>
}

/**
 * Read / targeted households per building counted from the records themselves: the audience
 * (households verified when it was posted) plus households that read it without being in it;
 * read = households with at least one reader.
 */
export function recount(t: TestCloud, noticeId: string): Record<string, Figures> {
  const audience = t.cloud.db.find('noticeAudience', { noticeId }) as unknown as NoticeAudienceDoc[]
  const out: Record<string, Figures> = {}
  const at = (b: string, unit: number) => {
    out[b] ??= { targeted: 0, read: 0, units: {} }
    out[b].units[unit] ??= { targeted: 0, read: 0 }
    return out[b]
  }
  const known = new Set<string>()
  for (const a of audience)
    for (const h of a.households) {
      known.add(h.id)
      const f = at(a.buildingId, h.unit)
      f.targeted++
      f.units[h.unit].targeted++
    }
  for (const r of readsOf(t, noticeId)) {
    const f = at(r.buildingId, r.unit)
    if (r.readers.length === 0) continue
    f.read++
    f.units[r.unit].read++
    if (!known.has(r.householdId)) {
      f.targeted++
      f.units[r.unit].targeted++
    }
  }
  return out
}

/** readStats as the same shape as `recount`. */
export async function figures(
  t: TestCloud,
  openid: string,
  noticeId: string,
): Promise<Record<string, Figures>> {
  const stats = await t.ok(openid, 'notice', 'readStats', { noticeId })
  const out: Record<string, Figures> = {}
  for (const b of stats.buildings) {
    if (b.targeted === 0 && b.read === 0) continue
    out[b.buildingId] = {
      targeted: b.targeted,
      read: b.read,
      units: Object.fromEntries(b.units.map((u) => [u.unit, { targeted: u.targeted, read: u.read }])),
    }
  }
  return out
}
