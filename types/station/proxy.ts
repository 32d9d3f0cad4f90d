/** 代办: a verified resident acts for a neighbour without a smartphone. */
import * as z from 'zod'
import { returns } from '../contract'
import { CONSENT_METHODS, RELATIONS } from '../entities'
import { id, oneOf, text } from '../fields'
import { PERSON_LIMITS } from '../limits'
import type { PrincipalSummary } from './views'

const consent = {
  consentMethod: oneOf('同意方式', CONSENT_METHODS),
  consentNote: text('同意情况说明', 200),
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
  myPrincipals: { input: z.object({}), output: returns<{ items: PrincipalSummary[] }>() },
  revokeProxy: {
    input: z.object({ proxyId: id('代办关系') }),
    output: returns<{ proxyId: string; status: 'revoked' }>(),
  },
}
