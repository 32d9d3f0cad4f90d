/**
 * Phone numbers. WeChat's phone-number button gives a one-time code that lasts five minutes and
 * costs a fee per success, so the app exchanges it at once (`verifyPhone`) and gets back a signed
 * token it carries into the registration form; a number typed by hand (the button failed or was
 * refused) is kept as unverified for the building head to confirm; and someone registering again
 * reuses the number already verified for them.
 */
import type { StationCtx } from '../_kernel/action'
import { openapi } from '../_kernel/cloud'
import { AppError, invalid } from '../_kernel/errors'
import { globalCollection } from '../_kernel/repo'
import { keyFor, mac, sameMac } from '../_kernel/signing'

const TOKEN_MINUTES = 30

export async function exchangePhoneCode(code: string): Promise<string> {
  let res: Awaited<ReturnType<ReturnType<typeof openapi>['phonenumber']['getPhoneNumber']>>
  try {
    res = await openapi().phonenumber.getPhoneNumber({ code })
  } catch {
    throw invalid('code', '手机号验证已过期或无效，请再点一次“微信手机号快捷填写”，或直接填写手机号')
  }
  const phone = res.phoneInfo?.purePhoneNumber ?? res.phoneInfo?.phoneNumber ?? ''
  if (!/^1[3-9]\d{9}$/.test(phone)) throw invalid('code', '暂不支持这个手机号，请使用大陆手机号')
  return phone
}

/** `<phone>.<expires, base36 minutes>.<mac>`: bound to the caller, so a leaked token is useless to others. */
export function phoneToken(openid: string, phone: string, now: Date): { token: string; expiresAt: Date } {
  const expires = Math.floor(now.getTime() / 60000) + TOKEN_MINUTES
  const body = `${phone}.${expires.toString(36)}`
  return {
    token: `${body}.${mac(keyFor('phone'), `${openid}|${body}`)}`,
    expiresAt: new Date(expires * 60000),
  }
}

export function phoneFromToken(openid: string, token: string, now: Date): string {
  const [phone, expires, sig] = token.split('.')
  const body = `${phone}.${expires}`
  if (!phone || !expires || !sig || !sameMac(sig, mac(keyFor('phone'), `${openid}|${body}`)))
    throw invalid('phoneToken', '手机号验证信息不对，请重新验证手机号')
  if (parseInt(expires, 36) * 60000 < now.getTime())
    throw new AppError('EXPIRED', '手机号验证已超过30分钟，请重新验证手机号', 'phoneToken')
  return phone
}

export interface PhoneChoice {
  phone: string
  phoneVerified: boolean
}

/** The number a registration carries: freshly verified, typed by hand, or the one verified before. */
export async function registrationPhone(
  ctx: StationCtx,
  input: { phoneToken?: string; phone?: string },
): Promise<PhoneChoice> {
  if (input.phoneToken)
    return { phone: phoneFromToken(ctx.openid, input.phoneToken, ctx.now), phoneVerified: true }
  const known = await knownVerifiedPhone(ctx)
  if (input.phone) {
    // Typing the same number WeChat already verified for this person keeps it verified.
    return { phone: input.phone, phoneVerified: known === input.phone }
  }
  if (known) return { phone: known, phoneVerified: true }
  throw invalid('phone', '请验证或填写手机号')
}

/** A number WeChat verified for this person before: here, or in another station they belong to. */
export async function knownVerifiedPhone(ctx: StationCtx): Promise<string | null> {
  if (ctx.actor?.phoneVerified && ctx.actor.phone) return ctx.actor.phone
  const other = await globalCollection('members').findOne({ openid: ctx.openid, phoneVerified: true })
  return other?.phone || null
}
