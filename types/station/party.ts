/** 在职党员报到: service posts, reporting in, the branch's figures and a member's service record. */
import * as z from 'zod'
import { returns } from '../contract'
import { date, flag, id, optionalText, text } from '../fields'

export interface ServicePostView {
  postId: string
  name: string
  description: string
  active: boolean
  claimedCount: number
}

export interface PartyReportView {
  reportId: string
  name: string
  workUnit: string
  partyOrg: string
  postId: string | null
  postName: string | null
  reportedAt: string
}

export interface PartyStats {
  reported: number
  claimed: number
  byBuilding: { buildingId: string | null; name: string; reported: number; claimed: number }[]
  byPost: { postId: string; name: string; claimed: number }[]
}

export interface ServiceRecord {
  memberName: string
  stationName: string
  from: string
  to: string
  report: PartyReportView | null
  activities: { title: string; date: string; minutes: number }[]
  totalMinutes: number
  /** Micro-wishes the member helped come true (confirmed in the period); not counted in hours. */
  wishes: { title: string; date: string }[]
  csv: string
  filename: string
}

export const partyActions = {
  listServicePosts: { input: z.object({}), output: returns<{ items: ServicePostView[] }>() },
  saveServicePost: {
    input: z.object({
      postId: id('岗位').optional(),
      name: text('岗位名称', 20),
      description: optionalText('岗位说明', 200).default(''),
      active: flag('启用').default(true),
    }),
    output: returns<ServicePostView>(),
  },
  submitPartyReport: {
    input: z.object({
      workUnit: text('工作单位', 60),
      partyOrg: text('所在党组织', 60),
      postId: id('服务岗位').nullable().default(null),
    }),
    output: returns<PartyReportView>(),
  },
  myPartyReport: { input: z.object({}), output: returns<PartyReportView | null>() },
  partyStats: { input: z.object({}), output: returns<PartyStats>() },
  serviceRecord: {
    input: z
      .object({ from: date('开始日期'), to: date('结束日期'), memberId: id('党员').optional() })
      .refine((v) => v.from <= v.to, { error: '开始日期不能晚于结束日期', path: ['to'] }),
    output: returns<ServiceRecord>(),
  },
}
