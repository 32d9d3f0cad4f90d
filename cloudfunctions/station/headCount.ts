/**
 * A station must always keep one 站长. Transactions cannot count, so removing the role is an
 * atomic write followed by a count; if that left no 站长 (two heads demoting each other at
 * once), the write is undone and the caller told why.
 */
import type { MemberDoc } from '../../types/entities'
import { conflict } from '../_kernel/errors'
import { command } from '../_kernel/query'
import type { ScopedDb } from '../_kernel/repo'

const LAST_HEAD = '这是本驿站唯一的站长，请先任命另一位站长'

export function headsOtherThan(db: ScopedDb, memberId: string): Promise<number> {
  return db.members.count({ roles: 'stationHead', status: 'verified', _id: command().neq(memberId) })
}

/** Runs `write` (which takes the 站长 role from `member`) only if another 站长 remains. */
export async function keepingAHead(
  db: ScopedDb,
  member: MemberDoc,
  write: () => Promise<void>,
  undo: () => Promise<void>,
) {
  if (!member.roles.includes('stationHead') || member.status !== 'verified') return write()
  if ((await headsOtherThan(db, member._id)) === 0) throw conflict(LAST_HEAD)
  await write()
  if ((await db.members.count({ roles: 'stationHead', status: 'verified' })) === 0) {
    await undo()
    throw conflict(LAST_HEAD)
  }
}
