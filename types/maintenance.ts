/**
 * Maintenance actions every domain function carries, called by the deployment admin (the admin
 * token in the function's environment), never by the app: making station counters again from
 * the records. A domain contract spreads `maintenanceActions` into its own.
 */
import * as z from 'zod'
import { returns } from './contract'
import { id } from './fields'

export const adminToken = z.string({ error: '缺少管理口令' }).min(16, { error: '管理口令不对' }).max(200)

export const maintenanceActions = {
  rebuildCounters: {
    input: z.object({ adminToken, stationId: id('驿站').optional() }),
    output: returns<{ stations: number; counters: number }>(),
  },
}
