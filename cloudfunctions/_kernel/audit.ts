import type { MemberDoc } from '../../types/entities'
import type { AuditInput } from './action'
import type { ScopedDb } from './repo'

/** Writes who did what, when, and for whom. Audit entries are never updated or removed. */
export async function writeAudit(
  db: ScopedDb,
  actor: MemberDoc | null,
  onBehalfOf: MemberDoc | null,
  entry: AuditInput,
  now: Date,
): Promise<void> {
  await db.auditLog.insert({
    actorId: actor?._id ?? null,
    actorName: actor?.name ?? '访客',
    onBehalfOf: onBehalfOf && onBehalfOf._id !== actor?._id ? onBehalfOf._id : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary:
      onBehalfOf && onBehalfOf._id !== actor?._id
        ? `【代${onBehalfOf.name}】${entry.summary}`
        : entry.summary,
    at: now,
  })
}
