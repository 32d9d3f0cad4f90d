/** Figures from counters (collected → resolved, per side and per month) and the CSV for staff. */
import * as z from 'zod'
import { returns } from '../contract'
import { date, int } from '../fields'
import type { Figures } from './views'

export const figureActions = {
  figures: {
    input: z.object({ year: int('年份', 2020, 2100).optional() }),
    output: returns<Figures>(),
  },
  exportTopics: {
    input: z.object({ from: date('开始日期'), to: date('结束日期') }),
    output: returns<{ filename: string; csv: string; rows: number }>(),
  },
}
