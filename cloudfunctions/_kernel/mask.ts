/** 13812341234 -> 138****1234; anything shorter keeps only its last two characters. */
export function maskPhone(phone: string): string {
  if (!phone) return ''
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`
  return `${'*'.repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}`
}

/** 王秀英 -> 王** ; for lists seen by neighbours. */
export function maskName(name: string): string {
  if (name.length <= 1) return name
  return `${name[0]}${'*'.repeat(Math.min(2, name.length - 1))}`
}
