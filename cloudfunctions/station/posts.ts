import type { PartyReportDoc, ServicePostDoc } from '../../types/entities'
import type { PartyReportView, ServicePostView } from '../../types/station'
import { command } from '../_kernel/query'
import type { ScopedDb } from '../_kernel/repo'

/** How many reported party members hold each post. */
export async function claimedCounts(db: ScopedDb): Promise<Map<string, number>> {
  const res = await db.partyReports.aggregate<{ _id: string; n: number }>((a) =>
    a
      .match({ postId: command().neq(null) })
      .group({ _id: '$postId', n: command().aggregate.sum(1) })
      .limit(1000),
  )
  return new Map(res.map((r) => [r._id, r.n]))
}

export function toPostView(p: ServicePostDoc, claimed: number): ServicePostView {
  return { postId: p._id, name: p.name, description: p.description, active: p.active, claimedCount: claimed }
}

export function toReportView(r: PartyReportDoc, postName: string | null): PartyReportView {
  return {
    reportId: r._id,
    name: r.name,
    workUnit: r.workUnit,
    partyOrg: r.partyOrg,
    postId: r.postId,
    postName,
    reportedAt: new Date(r.reportedAt).toISOString(),
  }
}

export async function postName(db: ScopedDb, postId: string | null): Promise<string | null> {
  if (!postId) return null
  return (await db.servicePosts.byId(postId))?.name ?? null
}
