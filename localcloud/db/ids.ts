import { randomBytes } from 'crypto'

/**
 * A new document id: 32 hex characters like the cloud's own. The first 8 are the creation second,
 * so ids sort roughly by age, as the cloud's do; the rest is random.
 */
export function newDocId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0')
  return seconds + randomBytes(12).toString('hex')
}

export function newRequestId(): string {
  return `${Date.now()}_${randomBytes(6).toString('hex')}`
}
