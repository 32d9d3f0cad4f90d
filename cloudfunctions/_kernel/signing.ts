/**
 * Short signed tokens the server hands out and later trusts without a database read: a verified
 * phone number for the next few minutes, a QR check-in window. One secret lives in the function
 * environment (`SIGNING_KEY`, set in the cloud console; the local cloud makes one per data
 * directory); every use derives its own key from it (`keyFor(purpose)`), so a key handed to a
 * client for one purpose (an organiser's phone signing check-in windows) opens nothing else.
 */
import { createHmac, timingSafeEqual } from 'crypto'
import { AppError } from './errors'

function rootKey(): Buffer {
  const key = process.env.SIGNING_KEY ?? ''
  if (key.length < 32)
    throw new AppError('INTERNAL', '服务尚未配置签名密钥：请在云函数环境变量中设置 SIGNING_KEY（至少32位）')
  return Buffer.from(key)
}

/** A key for one purpose, e.g. `phone` or `checkin:<activityId>`; base64url, 43 characters. */
export function keyFor(purpose: string): string {
  return createHmac('sha256', rootKey()).update(purpose).digest('base64url')
}

/** A MAC over `payload` with a derived key, cut to `bytes` (16 bytes = 22 characters). */
export function mac(key: string, payload: string, bytes = 16): string {
  return createHmac('sha256', key).update(payload).digest().subarray(0, bytes).toString('base64url')
}

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
