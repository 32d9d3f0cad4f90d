/** How the volunteer pages write times and hours. */
import dayjs from 'dayjs'
import { shortDate } from '@/utils/format'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 11月20日 周五 09:00–11:00 (the end's day too when it is another day). */
export function timeRange(startIso: string, endIso: string): string {
  const s = dayjs(startIso)
  const e = dayjs(endIso)
  const head = `${shortDate(startIso)} ${WEEKDAYS[s.day()]} ${s.format('HH:mm')}`
  return s.isSame(e, 'day')
    ? `${head}–${e.format('HH:mm')}`
    : `${head} 至 ${shortDate(endIso)} ${e.format('HH:mm')}`
}

/** 150 → "2.5 小时", 45 → "45 分钟". */
export function serviceText(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`
  const h = minutes / 60
  return `${Number.isInteger(h) ? h : h.toFixed(1)} 小时`
}

/** 09:05 */
export const clock = (iso: string) => dayjs(iso).format('HH:mm')
