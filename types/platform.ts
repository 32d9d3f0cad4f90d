/**
 * Contract of the `platform` cloud function: what the deployment admin does before any
 * station exists. Authorised by the admin token set in the function's environment.
 */
import * as z from 'zod'
import { returns } from './contract'
import { page, text } from './fields'
import { adminToken } from './maintenance'
import type { Page } from './fields'
import { stationCode } from './station/profile'

export interface InitDatabaseResult {
  /** Collections this call created (the rest existed already). */
  created: string[]
  existing: string[]
  /** Indexes to add in the cloud console (the SDK cannot create them), unique ones first. */
  indexes: { collection: string; name: string; keys: string; unique: boolean }[]
}

export interface CreatedStation {
  stationId: string
  code: string
  /** One-time code the first 站长 enters in the app to claim the role (valid 7 days). */
  headClaimToken: string
  claimExpiresAt: string
}

export const platformContract = {
  createStation: {
    input: z.object({
      adminToken,
      code: stationCode,
      name: text('驿站名称', 40),
      address: text('地址', 100),
      community: text('所属社区', 40),
      headName: text('站长姓名', 20),
    }),
    output: returns<CreatedStation>(),
  },
  listStations: {
    input: z.object({ adminToken, ...page }),
    output: returns<Page<{ stationId: string; code: string; name: string; memberCount: number }>>(),
  },
  initDatabase: { input: z.object({ adminToken }), output: returns<InitDatabaseResult>() },
}
