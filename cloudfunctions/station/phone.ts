import { openapi } from '../_kernel/cloud'
import { invalid } from '../_kernel/errors'

/**
 * Phone numbers come only from WeChat's phone-number quick verification (a one-time code from
 * the getPhoneNumber button, exchanged here), never from what the client types.
 */
export async function verifiedPhone(code: string): Promise<string> {
  let res: Awaited<ReturnType<ReturnType<typeof openapi>['phonenumber']['getPhoneNumber']>>
  try {
    res = await openapi().phonenumber.getPhoneNumber({ code })
  } catch {
    throw invalid('phoneCode', '手机号验证失败或已过期，请重新点击“获取手机号”')
  }
  const phone = res.phoneInfo?.purePhoneNumber ?? res.phoneInfo?.phoneNumber ?? ''
  if (!/^1[3-9]\d{9}$/.test(phone)) throw invalid('phoneCode', '暂不支持这个手机号，请使用大陆手机号')
  return phone
}
