/**
 * Ids of the records a notice's receipts look up by id: one audience document per building, one
 * read document per household. Plain joins of the ids they are about, so the function (inside a
 * transaction, where only by-id reads exist) and the demo seed name the same documents.
 */
export const audienceId = (noticeId: string, buildingId: string) => `na-${noticeId}-${buildingId}`

export const readId = (noticeId: string, householdId: string) => `nr-${noticeId}-${householdId}`
