import type { MemberDoc, ProxyDoc } from '../../types/entities'
import type { PrincipalSummary } from '../../types/station'
import type { ScopedDb } from '../_kernel/repo'
import { labelsFor } from './households'

export async function summaries(
  db: ScopedDb,
  proxies: ProxyDoc[],
  principals: MemberDoc[],
): Promise<PrincipalSummary[]> {
  const byId = new Map(principals.map((m) => [m._id, m]))
  const labels = await labelsFor(
    db,
    principals.map((m) => m.householdId),
  )
  return proxies
    .filter((p) => byId.has(p.principalId))
    .map((p) => {
      const m = byId.get(p.principalId)!
      return {
        proxyId: p._id,
        principalId: m._id,
        name: m.name,
        household: m.householdId ? (labels.get(m.householdId) ?? null) : null,
        status: m.status,
        consentMethod: p.consentMethod,
        since: new Date(p.createdAt).toISOString(),
      }
    })
}
