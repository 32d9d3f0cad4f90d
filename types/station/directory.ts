/** 住户名册: households and their members for staff and building heads, full numbers on request, export, audit. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, int, optionalText, page } from '../fields'
import type { Page } from '../fields'
import { HOUSING_LIMITS } from '../limits'
import type { HouseholdLabel, MemberRow } from './views'

export interface DirectoryRow {
  household: HouseholdLabel
  members: MemberRow[]
}

export interface AuditEntry {
  auditId: string
  actorName: string
  onBehalfOfName: string | null
  action: string
  summary: string
  at: string
}

export const directoryActions = {
  directory: {
    input: z.object({
      buildingId: id('楼栋').optional(),
      unit: int('单元', 1, HOUSING_LIMITS.unitsMax).optional(),
      ...page,
    }),
    output: returns<Page<DirectoryRow>>(),
  },
  revealPhone: {
    input: z.object({ memberId: id('居民') }),
    output: returns<{ memberId: string; phone: string }>(),
  },
  exportDirectory: {
    input: z.object({ buildingId: id('楼栋').optional() }),
    output: returns<{ filename: string; csv: string; rows: number }>(),
  },
  searchMembers: {
    input: z.object({ q: optionalText('姓名或房号', 20).default(''), ...page }),
    output: returns<Page<MemberRow>>(),
  },
  auditLog: { input: z.object({ ...page }), output: returns<Page<AuditEntry>>() },
}
