import { timingSafeEqual } from 'crypto'
import { forbidden } from './errors'

/** The deployment admin proves themselves with the token set in this function's environment. */
export function checkAdminToken(given: string) {
  const expected = process.env.PLATFORM_ADMIN_TOKEN ?? ''
  if (expected.length < 16)
    throw forbidden('平台管理口令未配置：请在云函数的环境变量中设置 PLATFORM_ADMIN_TOKEN')
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw forbidden('管理口令不对')
}
