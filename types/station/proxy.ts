/**
 * 代办: a verified resident acts for a neighbour without a smartphone. A new neighbour is
 * registered by the stand-in and verified like anyone; standing in for someone already
 * registered is a request the building head (or staff) approves. Until then it grants nothing.
 */
import * as z from 'zod'
import { returns } from '../contract'
import { CONSENT_METHODS, RELATIONS } from '../entities'
import type { Relation } from '../entities'
import { id, oneOf, optionalText, page, text } from '../fields'
import type { Page } from '../fields'
import { PERSON_LIMITS } from '../limits'
import type { HouseholdLabel, PrincipalSummary, ProxyStatus } from './views'

const consent = {
  consentMethod: oneOf('同意方式', CONSENT_METHODS),
  consentNote: text('同意情况说明', 200),
}

/** A stand-in link as the building head reviews it: who asks to act for whom, and how they consented. */
export interface ProxyRequestRow {
  proxyId: string
  principalId: string
  principalName: string
  household: HouseholdLabel | null
  agentId: string
  agentName: string
  agentHousehold: HouseholdLabel | null
  consentMethod: PrincipalSummary['consentMethod']
  consentNote: string
  proxyStatus: ProxyStatus
  requestedAt: string
}

export const proxyActions = {
  /** Registers a neighbour who is not yet in the station, and becomes their stand-in. */
  proxyRegister: {
    input: z.object({
      householdId: id('房屋'),
      name: text('被代办人姓名', PERSON_LIMITS.nameMax),
      relation: oneOf('与房屋关系', RELATIONS),
      ...consent,
    }),
    output: returns<PrincipalSummary>(),
  },
  /** Asks to act for a person already registered (chosen from their household's members). */
  requestProxy: {
    input: z.object({ principalId: id('被代办人'), ...consent }),
    output: returns<PrincipalSummary>(),
  },
  /** Registered people of a household that a stand-in may ask to act for (names only). */
  householdPeople: {
    input: z.object({ householdId: id('房屋') }),
    output: returns<{
      items: { memberId: string; name: string; relation: Relation | null; offline: boolean }[]
    }>(),
  },
  proxyQueue: {
    input: z.object({ buildingId: id('楼栋').optional(), ...page }),
    output: returns<Page<ProxyRequestRow>>(),
  },
  decideProxy: {
    input: z
      .object({
        proxyId: id('代办关系'),
        decision: oneOf('审核结果', ['approve', 'reject']),
        reason: optionalText('原因', 100).default(''),
      })
      .refine((v) => v.decision === 'approve' || v.reason.length > 0, {
        error: '不通过时请填写原因',
        path: ['reason'],
      }),
    output: returns<ProxyRequestRow>(),
  },
  myPrincipals: { input: z.object({}), output: returns<{ items: PrincipalSummary[] }>() },
  revokeProxy: {
    input: z.object({ proxyId: id('代办关系') }),
    output: returns<{ proxyId: string; status: 'revoked' }>(),
  },
}
