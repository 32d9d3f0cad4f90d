/** 代办 links: ids, the views a stand-in and a building head read, and inserting once under races. */
import { createHash } from 'crypto'
import type { ConsentMethod, MemberDoc, ProxyDoc } from '../../types/entities'
import type { PrincipalSummary, ProxyRequestRow } from '../../types/station'
import { isDuplicateKey } from '../_kernel/errors'
import { inList } from '../_kernel/query'
import type { ScopedDb } from '../_kernel/repo'
import { labelsFor } from './households'

/**
 * Ids derived from what makes a record the same record, so a double tap or a retry lands on it:
 * the link is (principal, agent); a neighbour a stand-in registers is (agent, household, name) —
 * keyed by the agent, so another person typing the same name never lands on that neighbour.
 */
export const derivedId = (prefix: string, ...parts: string[]) =>
  prefix + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 22)

export const linkId = (principalId: string, agentId: string) => derivedId('px', principalId, agentId)

export interface Consent {
  consentMethod: ConsentMethod
  consentNote: string
}

/** A new link between a person and their stand-in: `active` (they registered the person) or `requested`. */
export function newLink(
  principal: MemberDoc,
  agent: MemberDoc,
  consent: Consent,
  status: 'active' | 'requested',
  now: Date,
): Omit<ProxyDoc, 'stationId'> {
  return {
    _id: linkId(principal._id, agent._id),
    principalId: principal._id,
    principalName: principal.name,
    buildingId: principal.buildingId,
    agentId: agent._id,
    agentName: agent.name,
    ...consent,
    status,
    decidedBy: null,
    decidedAt: null,
    declineReason: '',
    createdAt: now,
    revokedAt: null,
  }
}

/** A revoked or declined link asked for again: a request once more, its last decision cleared. */
export function askedAgain(consent: Consent, now: Date): Partial<ProxyDoc> {
  return {
    ...consent,
    status: 'requested',
    decidedBy: null,
    decidedAt: null,
    declineReason: '',
    revokedAt: null,
    createdAt: now,
  }
}

/** Inserts unless an identical request got there first; true when this call's insert won. */
export async function insertOnce(insert: () => Promise<unknown>): Promise<boolean> {
  try {
    await insert()
    return true
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    return false
  }
}

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
        proxyStatus: p.status,
        consentMethod: p.consentMethod,
        since: new Date(p.createdAt).toISOString(),
      }
    })
}

/** Requests as a building head reviews them: both people, both homes, how consent was given. */
export async function requestRows(db: ScopedDb, proxies: ProxyDoc[]): Promise<ProxyRequestRow[]> {
  const people = await db.members.find(
    { _id: inList([...new Set(proxies.flatMap((p) => [p.principalId, p.agentId]))]) },
    { limit: proxies.length * 2 },
  )
  const byId = new Map(people.map((m) => [m._id, m]))
  const labels = await labelsFor(
    db,
    people.map((m) => m.householdId),
  )
  const home = (id: string) => labels.get(byId.get(id)?.householdId ?? '') ?? null
  return proxies.map((p) => ({
    proxyId: p._id,
    principalId: p.principalId,
    principalName: p.principalName,
    household: home(p.principalId),
    agentId: p.agentId,
    agentName: p.agentName,
    agentHousehold: home(p.agentId),
    consentMethod: p.consentMethod,
    consentNote: p.consentNote,
    proxyStatus: p.status,
    requestedAt: new Date(p.createdAt).toISOString(),
  }))
}
