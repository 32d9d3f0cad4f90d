/**
 * What the phone-number button (`<Button openType='getPhoneNumber'>`) answered, in the app's
 * terms. WeChat fires `getphonenumber` with `{code}` on success (base library ≥ 2.21.2; older
 * clients give only encryptedData, which this app does not use), or with `{errno, errMsg}`:
 * - errno 1400001: the account's quota of paid verifications is used up; WeChat shows its own
 *   "该功能使用次数已达当前小程序上限" sheet (PhoneNumberGuide / getPhoneNumber docs, 查询和扣费节点说明);
 * - "user deny" / "cancel": the person closed the sheet;
 * - errno 104 / 112: privacy guide refused or undeclared (see ./privacy);
 * - "no permission": this kind of account may not use the button (personal, unverified).
 * Every failure keeps the way forward open: type the number by hand (unverified).
 * Pure (no Taro), so tests cover every path.
 */
import { privacyMessage, refusalOf } from './privacy'

export const ERRNO_PHONE_QUOTA = 1400001

export interface PhoneButtonDetail {
  code?: string
  errno?: number
  errMsg?: string
  encryptedData?: string
}

export type PhoneButtonFailure =
  'quota' | 'refused' | 'privacyRefused' | 'privacyUndeclared' | 'unsupported' | 'unavailable' | 'failed'

export type PhoneButtonResult = { kind: 'code'; code: string } | { kind: PhoneButtonFailure; message: string }

const TYPE_INSTEAD = '您可以直接填写手机号，楼长审核时会核对。'

export const PHONE_BUTTON_MESSAGES: Record<
  Exclude<PhoneButtonFailure, 'privacyRefused' | 'privacyUndeclared'>,
  string
> = {
  quota: `微信手机号验证暂时用不了（本小程序的验证次数已用完）。${TYPE_INSTEAD}`,
  refused: `您没有允许使用微信手机号。${TYPE_INSTEAD}`,
  unsupported: `您的微信版本较旧，不能一键验证手机号。${TYPE_INSTEAD}也可以升级微信后再试。`,
  unavailable: `本小程序暂时不能使用微信手机号验证。${TYPE_INSTEAD}`,
  failed: `没能获取微信手机号，可以再点一次。${TYPE_INSTEAD}`,
}

function failure(kind: PhoneButtonFailure): PhoneButtonResult {
  if (kind === 'privacyRefused' || kind === 'privacyUndeclared')
    return { kind, message: `${privacyMessage(kind, '验证手机号')}${TYPE_INSTEAD}` }
  return { kind, message: PHONE_BUTTON_MESSAGES[kind] }
}

export function readPhoneButton(detail: PhoneButtonDetail | null | undefined): PhoneButtonResult {
  const d = detail ?? {}
  if (d.code) return { kind: 'code', code: d.code }
  const errMsg = d.errMsg ?? ''
  if (d.errno === ERRNO_PHONE_QUOTA) return failure('quota')
  const refusal = refusalOf(d)
  if (refusal === 'privacyRefused' || refusal === 'privacyUndeclared') return failure(refusal)
  if (/deny|cancel/i.test(errMsg)) return failure('refused')
  if (/no permission|not support|unsupport/i.test(errMsg)) return failure('unavailable')
  // ":ok" without a code: an old client that only knows encryptedData.
  if (/:ok$/i.test(errMsg) || d.encryptedData) return failure('unsupported')
  return failure('failed')
}
