/**
 * Contract of the `platform` cloud function: what the deployment admin does before any
 * station exists. Authorised by the admin token set in the function's environment.
 */
import { z } from 'zod'
import { page, text } from './fields'
import type { Page } from './fields'
import { stationCode } from './station'

const adminToken = z.string({ error: '缺少管理口令' }).min(16, { error: '管理口令不对' }).max(200)

export const platformInputs = {
  createStation: z.object({
    adminToken,
    code: stationCode,
    name: text('驿站名称', 40),
    address: text('地址', 100),
    community: text('所属社区', 40),
    headName: text('站长姓名', 20),
  }),
  listStations: z.object({ adminToken, ...page }),
  initDatabase: z.object({ adminToken }),
}

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

export interface PlatformOutputs {
  createStation: CreatedStation
  listStations: Page<{ stationId: string; code: string; name: string; memberCount: number }>
  initDatabase: InitDatabaseResult
}
