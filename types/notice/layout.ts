/**
 * How a notice's receipts are laid out, shared by the function and the demo seed: the ids of the
 * records looked up by id (one audience document per building, one read document per household;
 * plain joins, as a transaction can only read by id), and how many documents each building's read
 * counter is spread over.
 */
export const audienceId = (noticeId: string, buildingId: string) => `na-${noticeId}-${buildingId}`

export const readId = (noticeId: string, householdId: string) => `nr-${noticeId}-${householdId}`

/**
 * Up to 16 documents per building for a notice to a few buildings (one group chat opening it at
 * once meets on them), down to 4 for a station-wide notice at 滨湖 (189 buildings: its counters
 * stay within one read of 1,000 documents); many buildings spread the writes by themselves.
 */
export function shardsFor(buildings: number): number {
  return Math.max(1, Math.min(16, Math.floor(900 / Math.max(buildings, 1))))
}
