import { randomBytes } from 'crypto'

/** A 24-hex id, the shape cloud-database ids have. */
export function newId(): string {
  return randomBytes(12).toString('hex')
}

const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A short human-typable token (no 0/O/1/I), e.g. for claiming a role. */
export function newToken(length = 8): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const b of bytes) out += TOKEN_ALPHABET[b % TOKEN_ALPHABET.length]
  return out
}
