/**
 * Rotating QR tokens for check-in at the door (volunteer activities, evening sessions). The
 * organiser's phone holds a key for one activity (handed out by the server when the activity
 * opens, derived from the server's secret, so it opens nothing else) and draws a new QR every
 * WINDOW_SECONDS without asking the server: the token binds the subject (the activity), the
 * direction (in / out) and the time window, signed with HMAC-SHA256. The server recomputes the
 * signature and accepts the current window ± one.
 *
 * Pure TypeScript (SHA-256 written out, no Node or browser crypto), so the mini-program, the H5
 * app and the cloud function sign and check with the same code; a unit test compares it with
 * Node's crypto. The app imports it as a value.
 *
 * Token: `<i|o><window in base36>.<16 characters of base64url MAC>`, about 25 characters.
 */
export const WINDOW_SECONDS = 30
export type Direction = 'in' | 'out'

export function windowAt(ms: number): number {
  return Math.floor(ms / 1000 / WINDOW_SECONDS)
}

export function signToken(key: string, subject: string, direction: Direction, window: number): string {
  const dir = direction === 'in' ? 'i' : 'o'
  const mac = hmacSha256(utf8(key), utf8(`${subject}|${dir}|${window}`)).slice(0, 12)
  return `${dir}${window.toString(36)}.${base64url(mac)}`
}

export interface ParsedToken {
  direction: Direction
  window: number
  mac: string
}

export function parseToken(token: string): ParsedToken | null {
  const m = /^([io])([0-9a-z]{1,10})\.([A-Za-z0-9_-]{16})$/.exec(token)
  if (!m) return null
  return { direction: m[1] === 'i' ? 'in' : 'out', window: parseInt(m[2], 36), mac: m[3] }
}

/** Does the token carry a valid signature for this subject, within one window of now? */
export function checkToken(
  key: string,
  subject: string,
  token: string,
  nowMs: number,
): { ok: true; direction: Direction } | { ok: false; reason: 'malformed' | 'forged' | 'expired' } {
  const parsed = parseToken(token)
  if (!parsed) return { ok: false, reason: 'malformed' }
  const expected = signToken(key, subject, parsed.direction, parsed.window)
  if (!constantTimeEqual(expected, token)) return { ok: false, reason: 'forged' }
  if (Math.abs(parsed.window - windowAt(nowMs)) > 1) return { ok: false, reason: 'expired' }
  return { ok: true, direction: parsed.direction }
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

function utf8(text: string): number[] {
  const out: number[] = []
  const encoded = unescape(encodeURIComponent(text))
  for (let i = 0; i < encoded.length; i++) out.push(encoded.charCodeAt(i))
  return out
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function base64url(bytes: number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63]
    if (i + 2 < bytes.length) out += B64[n & 63]
  }
  return out
}

export function hmacSha256(key: number[], message: number[]): number[] {
  const block = 64
  let k = key.length > block ? sha256(key) : key
  k = [...k, ...new Array(block - k.length).fill(0)]
  const inner = sha256([...k.map((b) => b ^ 0x36), ...message])
  return sha256([...k.map((b) => b ^ 0x5c), ...inner])
}

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]

export function sha256(message: number[]): number[] {
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
  const bits = message.length * 8
  const padded = [...message, 0x80]
  while (padded.length % 64 !== 56) padded.push(0)
  for (let i = 7; i >= 0; i--) padded.push(i >= 4 ? 0 : (bits >>> (i * 8)) & 0xff)
  const w = new Array<number>(64)
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++)
      w[i] =
        (padded[off + 4 * i] << 24) |
        (padded[off + 4 * i + 1] << 16) |
        (padded[off + 4 * i + 2] << 8) |
        padded[off + 4 * i + 3]
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3)
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
    }
    let [a, b, c, d, e, f, g, hh] = h
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    const next = [a, b, c, d, e, f, g, hh]
    for (let i = 0; i < 8; i++) h[i] = (h[i] + next[i]) | 0
  }
  return h.flatMap((x) => [(x >>> 24) & 0xff, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff])
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n))
}
