/**
 * Why a WeChat API refused, read from its `errno` / `errMsg`, so each case gets its own plain
 * message instead of one "go to settings" for all:
 * - `privacyRefused`: the person tapped 拒绝 on WeChat's privacy-guide popup. errno 104,
 *   "<api>:fail privacy permission is not authorized" (WeChat's answer on
 *   developers.weixin.qq.com/community/develop/doc/000eeafb418d88d523505d3556b400: go by this errMsg;
 *   104 "是拒绝了隐私授权弹窗" …/doc/000862f557cbc0b3e06113ad861c00). Settings do not help: asking
 *   again shows the popup again.
 * - `privacyUndeclared`: the operator's guide does not declare the API. errno 112, "api scope is not
 *   declared in the privacy agreement" (…/framework/user-privacy/PrivacyAuthorize.html, 常见错误).
 *   Nothing the person can do; staff must fix the guide (README → 用户隐私保护指引).
 * - `scopeDenied`: the person turned the permission off (e.g. 相册) earlier: "auth deny",
 *   "authorize:fail", "auth denied". Only 设置 brings it back.
 * - `cancelled`: they backed out ("cancel").
 * Pure (no Taro), so tests can feed it every errMsg WeChat sends.
 */
export type Refusal = 'privacyRefused' | 'privacyUndeclared' | 'scopeDenied' | 'cancelled' | 'other'

export interface WxFailure {
  errno?: number
  errMsg?: string
}

export const ERRNO_PRIVACY_REFUSED = 104
export const ERRNO_PRIVACY_UNDECLARED = 112

function asFailure(err: unknown): WxFailure {
  if (err && typeof err === 'object') return err as WxFailure
  return { errMsg: String(err ?? '') }
}

export function refusalOf(err: unknown): Refusal {
  const { errno, errMsg = '' } = asFailure(err)
  // The errMsg first: some clients send the privacy refusal with another errno (103 is reported).
  if (/not declared in the privacy agreement/i.test(errMsg) || errno === ERRNO_PRIVACY_UNDECLARED)
    return 'privacyUndeclared'
  // "authroized" (sic) is also seen in the wild.
  if (/privacy permission is not auth/i.test(errMsg) || errno === ERRNO_PRIVACY_REFUSED)
    return 'privacyRefused'
  if (/auth den|auth deny|authorize:fail|permission denied|scope.*(deny|denied)/i.test(errMsg))
    return 'scopeDenied'
  if (/cancel/i.test(errMsg)) return 'cancelled'
  return 'other'
}

/** What to tell the person, in plain words, for a privacy refusal of `doing` (e.g. "保存到相册"). */
export function privacyMessage(refusal: 'privacyRefused' | 'privacyUndeclared', doing: string): string {
  if (refusal === 'privacyRefused')
    return `您没有同意本小程序的隐私保护指引，所以暂时不能${doing}。需要时再点一次，在弹出的说明里点“同意”即可。`
  return `本小程序还没有在微信登记“${doing}”这项用途，暂时用不了。请告诉驿站工作人员。`
}
