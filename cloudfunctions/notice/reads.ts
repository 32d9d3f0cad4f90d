/**
 * Recording that someone opened a notice. A household's read is one document (written by its
 * first reader, joined by each later one), decided in a single-document transaction together
 * with the counter it changes: one read per member however often they open it, one count per
 * household however many of it read. A repeated open — the common case — is answered from one
 * read and writes nothing. The transaction is kept short (what it needs that never changes, the
 * audience, is read before it), because every read of a building's households meets on that
 * building's few counter documents. People not registered yet are counted once each, apart.
 */
import type { MemberDoc } from '../../types/entities'
import type { AudienceHousehold, NoticeDoc, NoticeReader, NoticeReadDoc } from '../../types/notice'
import type { StationCtx } from '../_kernel/action'
import { bump } from '../_kernel/counters'
import type { CounterChange } from '../_kernel/counters'
import { AppError } from '../_kernel/errors'
import type { ScopedTransaction } from '../_kernel/tx'
import { groupOpenChange, guestChange, readChange } from './counters'
import { audienceId, readId, visitId, visitorOf } from './ids'

export interface ReadBy {
  /** Whose read it is: the caller, or the person a stand-in reads for. */
  member: Pick<MemberDoc, '_id' | 'name' | 'householdId' | 'buildingId'>
  /** The stand-in (代办), when reading for someone. */
  standIn: Pick<MemberDoc, '_id' | 'name'> | null
  groupId: string | null
}

type Notice = Pick<NoticeDoc, '_id' | 'shards'>

const isCrowded = (err: unknown) => err instanceof AppError && err.code === 'RATE_LIMITED'

/**
 * Records the member's read (once); answers their entry and whether this call added it. When too
 * many people of one building open it at the same moment to get in, it throws RATE_LIMITED.
 */
export async function recordRead(
  ctx: StationCtx,
  notice: Notice,
  by: ReadBy,
): Promise<{ entry: NoticeReader; added: boolean }> {
  const householdId = by.member.householdId!
  const id = readId(notice._id, householdId)
  const mine = (doc: NoticeReadDoc | null) => doc?.readers.find((r) => r.memberId === by.member._id)
  const earlier = await ctx.db.noticeReads.byId(id)
  const already = mine(earlier)
  if (already) return { entry: already, added: false }
  const known = earlier ? null : await audienceEntry(ctx, notice, by.member.buildingId!, householdId)
  try {
    return await ctx.transaction((tx) => readInTransaction(tx, ctx.now, notice, id, by, known))
  } catch (err) {
    // A crowd opening at once can outlast the retries; if this person's read got in, it counts.
    if (!isCrowded(err)) throw err
    const entry = mine(await ctx.db.noticeReads.byId(id))
    if (!entry) throw err
    return { entry, added: false }
  }
}

/** The household as the audience fixed it when posted (its unit), or null for one registered since. */
async function audienceEntry(
  ctx: StationCtx,
  notice: Notice,
  buildingId: string,
  householdId: string,
): Promise<AudienceHousehold | { id: string; unit: number; late: true }> {
  const audience = await ctx.db.noticeAudience.byId(audienceId(notice._id, buildingId))
  const known = audience?.households.find((h) => h.id === householdId)
  if (known) return known
  const household = await ctx.db.households.byId(householdId)
  return { id: householdId, unit: household?.unit ?? 0, late: true }
}

async function readInTransaction(
  tx: ScopedTransaction,
  now: Date,
  notice: Notice,
  id: string,
  by: ReadBy,
  known: (AudienceHousehold & { late?: boolean }) | null,
): Promise<{ entry: NoticeReader; added: boolean }> {
  const doc = await tx.get('noticeReads', id)
  const earlier = doc?.readers.find((r) => r.memberId === by.member._id)
  if (earlier) return { entry: earlier, added: false }
  // Read records are never removed: one seen before the transaction is still there.
  if (!doc && !known) throw new AppError('CONFLICT', '阅读记录刚被改过，请再打开一次')
  const entry: NoticeReader = {
    memberId: by.member._id,
    name: by.member.name,
    at: now,
    byId: by.standIn?._id ?? null,
    byName: by.standIn?.name ?? null,
    groupId: by.groupId,
  }
  const changes: CounterChange[] = by.groupId ? [groupOpenChange(notice._id, by.groupId)] : []
  if (doc) {
    await tx.updateRead('noticeReads', id, { readers: [...doc.readers, entry] })
  } else {
    const read: Omit<NoticeReadDoc, 'stationId'> = {
      _id: id,
      noticeId: notice._id,
      householdId: by.member.householdId!,
      buildingId: by.member.buildingId!,
      unit: known!.unit,
      late: !!known!.late,
      readers: [entry],
      firstReadAt: now,
    }
    await tx.insert('noticeReads', read)
    changes.push(readChange(read))
  }
  await bump(tx, changes, notice.shards)
  return { entry, added: true }
}

/** Someone not (yet) a verified resident opened it: counted once per person, with the group it came from. */
export async function recordVisit(ctx: StationCtx, notice: Notice, groupId: string | null): Promise<void> {
  const visitor = visitorOf(ctx.station._id, ctx.openid)
  const id = visitId(notice._id, visitor)
  if (await ctx.db.noticeVisits.byId(id)) return
  try {
    await ctx.transaction(async (tx) => {
      if (await tx.get('noticeVisits', id)) return
      await tx.insert('noticeVisits', { _id: id, noticeId: notice._id, visitor, groupId, at: ctx.now })
      const changes = [guestChange(notice._id), ...(groupId ? [groupOpenChange(notice._id, groupId)] : [])]
      await bump(tx, changes, notice.shards)
    })
  } catch (err) {
    if (!isCrowded(err) || !(await ctx.db.noticeVisits.byId(id))) throw err
  }
}
