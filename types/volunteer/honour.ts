/** 光荣榜 and 红旗好人, and the hours certificate (志愿服务时长证明) staff can look up. */
import * as z from 'zod'
import { returns } from '../contract'
import { date, id, oneOf, text } from '../fields'
import { VOLUNTEER_LIMITS } from '../limits'
import type { CertificateView, FeaturedView, HonourRoll } from './views'

const month = z
  .string({ error: '请选择月份' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' })

export const honourActions = {
  honourRoll: {
    input: z.object({
      period: oneOf('期间', ['month', 'all']).default('month'),
      by: oneOf('排序', ['hours', 'points']).default('hours'),
    }),
    output: returns<HonourRoll>(),
  },
  featureNeighbour: {
    input: z.object({
      name: text('姓名', 20),
      memberId: id('居民').nullable().default(null),
      story: text('事迹', VOLUNTEER_LIMITS.storyMax),
      month: month.optional(),
    }),
    output: returns<FeaturedView>(),
  },
  removeFeatured: {
    input: z.object({ featuredId: id('红旗好人') }),
    output: returns<{ removed: boolean }>(),
  },
  issueCertificate: {
    input: z
      .object({ from: date('开始日期'), to: date('结束日期') })
      .refine((v) => v.from <= v.to, { error: '开始日期不能晚于结束日期', path: ['to'] }),
    output: returns<CertificateView>(),
  },
  lookupCertificate: {
    input: z.object({
      number: z
        .string({ error: '请填写证明编号' })
        .transform((v) => v.trim().toUpperCase())
        .pipe(z.string().regex(/^[A-Z0-9-]{6,40}$/, { error: '证明编号格式不对' })),
    }),
    output: returns<CertificateView>(),
  },
}
