/** How long, in words a neighbour says: 3天, 5小时, 不到1小时. */
export function duration(ms: number): string {
  const hours = Math.floor(ms / 3600_000)
  if (hours < 1) return '不到1小时'
  if (hours < 48) return `${hours}小时`
  return `${Math.floor(hours / 24)}天`
}
