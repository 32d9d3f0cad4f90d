/** Open-API failures as wx-server-sdk raises them: an Error carrying `errCode` and `errMsg`. */
export interface OpenApiError extends Error {
  errCode: number
  errMsg: string
}

export function apiError(errCode: number, errMsg: string): OpenApiError {
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}
