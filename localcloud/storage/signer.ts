/**
 * Signs what the local storage hands out — upload tickets and temporary download URLs — so that
 * only URLs it issued, unexpired and unaltered, are honoured. The key lives in the data
 * directory (temporary URLs stay valid across a restart, as in the cloud) or in memory.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'crypto'
import fs from 'fs'
import path from 'path'

export class Signer {
  constructor(private readonly key: Buffer) {}

  sign(parts: string[]): string {
    return createHmac('sha256', this.key).update(parts.join('\n')).digest('hex')
  }

  verify(parts: string[], signature: unknown): boolean {
    if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return false
    return timingSafeEqual(Buffer.from(this.sign(parts), 'hex'), Buffer.from(signature, 'hex'))
  }
}

/** The key file under `dir`, created once (written whole: temp file, fsync, rename). */
export function loadSigningKey(dir: string | undefined): Buffer {
  if (!dir) return randomBytes(32)
  const file = path.join(dir, 'url-signing.key')
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8').trim()
    if (/^[0-9a-f]{64}$/.test(text)) return Buffer.from(text, 'hex')
  }
  const key = randomBytes(32)
  fs.mkdirSync(dir, { recursive: true })
  const temp = `${file}.tmp`
  const fd = fs.openSync(temp, 'w', 0o600)
  try {
    fs.writeSync(fd, key.toString('hex'))
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(temp, file)
  return key
}
