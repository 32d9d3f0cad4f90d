/**
 * Recording that someone opened a notice. A household's read is one document (written by its
 * first reader, joined by each later one), decided in a single-document transaction together
 * with the counters it changes: one read per member however often they open it, one count per
 * household however many of it read. A repeated open — the common case — is answered from one
 * read and writes nothing. People not registered yet are counted once each, apart (a visit).
 */
import type { MemberDoc } from '../../types/entities'
import type { NoticeDoc, NoticeReader, NoticeReadDoc } from '../../types/notice'
import type { StationCtx } from '../_kernel/action'
import { bump } from '../_kernel/counters'
import type { CounterChange } from '../_kernel/counters'
import { AppError } from '../_kernel/errors'
import type { ScopedTransaction } from '../_kernel/tx'
import { groupOpenChange, guestChange, readChange, SHARDS } from './counters'
import { audienceId, readId, visitId, visitorOf } from './ids'

export interface ReadBy {
  /** Whose read it is: the caller, or the person a stand-in reads for. */
  member: Pick<MemberDoc, '_id' | 'name' | 'householdId' | 'buildingId'>
  /** The stand-in (代办), when reading for someone. */
  standIn: Pick<MemberDoc, '_id' | 'name'> | null
  groupId: string | null
}

/** Records the member's read (once); answers their entry and whether this call added it. */
export async function recordRead(
  ctx: StationCtx,
  notice: Pick<NoticeDoc, '_id'>,
  by: ReadBy,
): Promise<{ entry: NoticeReader; added: boolean }> {
  const id = readId(notice._id, by.member.householdId!)
  const mine = (doc: NoticeReadDoc | null) => doc?.readers.find((r) => r.memberId === by.member._id)
  const earlier = mine(await ctx.db.noticeReads.byId(id))
  if (earlier) return { entry: earlier, added: false }
  try {
    return await ctx.transaction((tx) => readInTransaction(tx, ctx.now, notice._id, id, by))
  } catch (err) {
    // A crowd opening at once can outlast the retries; if this person's read got in, it counts.
    if (!(err instanceof AppError && err.code === 'RATE_LIMITED')) throw err
    const entry = mine(await ctx.db.noticeReads.byId(id))
    if (!entry) throw err
    return { entry, added: false }
  }
}

async function readInTransaction(
  tx: ScopedTransaction,
  now: Date,
  noticeId: string,
  id: string,
  by: ReadBy,
): Promise<{ entry: NoticeReader; added: boolean }> {
  const doc = await tx.get('noticeReads', id)
  const earlier = doc?.readers.find((r) => r.memberId === by.member._id)
  if (earlier) return { entry: earlier, added: false }
  const entry: NoticeReader = {
    memberId: by.member._id,
    name: by.member.name,
    at: now,
    byId: by.standIn?._id ?? null,
    byName: by.standIn?.name ?? null,
    groupId: by.groupId,
  }
  const changes: CounterChange[] = by.groupId ? [groupOpenChange(noticeId, by.groupId)] : []
  if (doc) {
    await tx.updateRead('noticeReads', id, { readers: [...doc.readers, entry] })
  } else {
    const read = await firstRead(tx, noticeId, id, by, entry)
    await tx.insert('noticeReads', read)
    changes.push(readChange(read))
  }
  await bump(tx, changes, SHARDS)
  return { entry, added: true }
}

/** The household's first read: in the audience, or registered since (it joins the figures now). */
async function firstRead(
  tx: ScopedTransaction,
  noticeId: string,
  id: string,
  by: ReadBy,
  entry: NoticeReader,
): Promise<Omit<NoticeReadDoc, 'stationId'>> {
  const householdId = by.member.householdId!
  const audience = await tx.get('noticeAudience', audienceId(noticeId, by.member.buildingId!))
  const known = audience?.households.find((h) => h.id === householdId)
  const unit = known?.unit ?? (await tx.get('households', householdId))?.unit ?? 0
  return {
    _id: id,
    noticeId,
    householdId,
    buildingId: by.member.buildingId!,
    unit,
    late: !known,
    readers: [entry],
    firstReadAt: entry.at,
  }
}

/** Someone not (yet) a verified resident opened it: counted once per person, with the group it came from. */
export async function recordVisit(
  ctx: StationCtx,
  notice: Pick<NoticeDoc, '_id'>,
  groupId: string | null,
): Promise<void> {
  const visitor = visitorOf(ctx.station._id, ctx.openid)
  const id = visitId(notice._id, visitor)
  if (await ctx.db.noticeVisits.byId(id)) return
  try {
    await ctx.transaction(async (tx) => {
      if (await tx.get('noticeVisits', id)) return
      await tx.insert('noticeVisits', { _id: id, noticeId: notice._id, visitor, groupId, at: ctx.now })
      await bump(
        tx,
        [guestChange(notice._id), ...(groupId ? [groupOpenChange(notice._id, groupId)] : [])],
        SHARDS,
      )
    })
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'RATE_LIMITED')) throw err
    if (!(await ctx.db.noticeVisits.byId(id))) throw err
  }
}
