/**
 * `phonenumber.getPhoneNumber` locally: the H5 app mints codes as `local:<number>` (the weapp
 * gets real ones from WeChat's button; a deployed function rejects these).
 */
import { apiError } from './errors'

export const LOCAL_PHONE_CODE = /^local:(1[3-9]\d{9})$/

export const localPhonenumber = {
  async getPhoneNumber(args: { code?: string }) {
    const match = LOCAL_PHONE_CODE.exec(String(args.code ?? ''))
    if (!match) throw apiError(40029, 'invalid code')
    const phone = match[1]
    return {
      errCode: 0,
      errMsg: 'openapi.phonenumber.getPhoneNumber:ok',
      phoneInfo: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86' },
    }
  },
}
