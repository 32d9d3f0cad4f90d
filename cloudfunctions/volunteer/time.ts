/** Times as people read them in messages: China time, `11月20日 09:00`. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000

export function activityTime(d: Date): string {
  const t = new Date(new Date(d).getTime() + CHINA_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}
