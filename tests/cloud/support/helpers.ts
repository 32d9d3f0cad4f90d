/**
 * Small helpers shared by the cloud tests: a freshly seeded cloud, reading errors out of an
 * envelope, "nothing was written" checks, and direct reads of what an action stored.
 */
import type { ClaimTokenDoc } from '../../../types/entities'
import type { AuditDoc, MemberDoc } from '../../../types/entities'
import type { ApiErrorBody, Envelope, ErrorCode } from '../../../types/errors'
import { startTestCloud } from './cloud'
import type { TestCloud } from './cloud'
import { fixtures, NOW, XINAN } from './fixtures'

/** Plain Chinese for people: every error message must contain some. */
export const CHINESE = /[\u4e00-\u9fff]/

/** A local cloud holding the two fixture stations; calls default to 馨安. */
export async function seededCloud(stationId: string = XINAN): Promise<TestCloud> {
  const t = await startTestCloud(stationId)
  for (const set of fixtures()) await t.seed(set)
  return t
}

/** The error of a failed answer; fails the test if the answer was ok. */
export function errorOf(res: Envelope<unknown>): ApiErrorBody {
  if (res.ok) throw new Error(`expected an error, got ok: ${JSON.stringify(res.data).slice(0, 400)}`)
  return res.error
}

/** Collections whose documents differ between two snapshots; empty when nothing was written. */
export function changedCollections(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, unknown[]>
  const b = JSON.parse(after) as Record<string, unknown[]>
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((name) => JSON.stringify(a[name] ?? []) !== JSON.stringify(b[name] ?? []))
    .sort()
}

/** Makes the call, expects it refused with `code` (and `field`, if given), and that nothing was written. */
export async function expectRefused(
  t: TestCloud,
  code: ErrorCode,
  call: () => Promise<Envelope<unknown>>,
  field?: string,
): Promise<ApiErrorBody> {
  const before = t.snapshot()
  const error = errorOf(await call())
  expect(error.code).toBe(code)
  if (field !== undefined) expect(error.field).toBe(field)
  expect(error.message).toMatch(CHINESE)
  expect(changedCollections(before, t.snapshot())).toEqual([])
  return error
}

/** Audit entries of one action at a station, oldest first. */
export function audits(t: TestCloud, action: string, stationId: string = XINAN): AuditDoc[] {
  const entries = t.cloud.db.find('auditLog', { stationId, action }) as unknown as AuditDoc[]
  return entries.sort((x, y) => new Date(x.at).getTime() - new Date(y.at).getTime())
}

export function memberDoc(t: TestCloud, id: string): MemberDoc {
  const [doc] = t.cloud.db.find('members', { _id: id }) as unknown as MemberDoc[]
  if (!doc) throw new Error(`no member ${id}`)
  return doc
}

export function membersWhere(t: TestCloud, query: Record<string, unknown>): MemberDoc[] {
  return t.cloud.db.find('members', query) as unknown as MemberDoc[]
}

export function count(t: TestCloud, collection: string, query: Record<string, unknown> = {}): number {
  return t.cloud.db.find(collection, query).length
}

/** The code the local H5 app mints for WeChat's phone-number quick verification. */
export const phoneCode = (phone: string) => `local:${phone}`

/** Stores a one-time 站长 claim token, as platform.createStation would. */
export async function seedClaimToken(
  t: TestCloud,
  token: string,
  options: { stationId?: string; name?: string; expiresAt?: Date } = {},
): Promise<void> {
  const doc: ClaimTokenDoc = {
    _id: `ct-${token}`,
    stationId: options.stationId ?? XINAN,
    token,
    role: 'stationHead',
    name: options.name ?? '新站长',
    expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000),
    usedBy: null,
    usedAt: null,
    createdAt: NOW,
  }
  await t.seed({ claimTokens: [doc] })
}

/**
 * Changes one stored record directly, past the functions — time passing (a start moved to now), a
 * role given by hand, a counter tampered with — over the wire wx-server-sdk itself speaks.
 * `update` is the wire's EJSON (`$set` / `$inc`, dates as `{ $date: iso }`, see `wireDate`).
 */
export async function modifyRecord(
  t: Pick<TestCloud, 'cloud'>,
  collection: string,
  query: Record<string, unknown>,
  update: Record<string, unknown>,
): Promise<void> {
  const res = (await t.cloud.db.handle({
    action: 'database.modifyDocument',
    collectionName: collection,
    queryType: 'WHERE',
    query: JSON.stringify(query),
    data: JSON.stringify(update),
    multi: false,
  })) as { data?: { updated?: number } }
  if (res.data?.updated !== 1)
    throw new Error(`modifyRecord: no ${collection} record matched ${JSON.stringify(query)}`)
}

/** A date as the wire carries it, `ms` from now (negative: ago). */
export const wireDate = (ms = 0) => ({ $date: new Date(Date.now() + ms).toISOString() })
