/** Stations are in China: calendar days are counted in UTC+8 whatever the server's zone. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** 2026-01-31 -> the instant that day starts in China. */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS)
}

/** The instant after the given China day ends. */
export function chinaDayEnd(day: string): Date {
  return new Date(chinaDayStart(day).getTime() + 24 * 3600 * 1000)
}

export function chinaDate(d: Date): string {
  return new Date(new Date(d).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}
