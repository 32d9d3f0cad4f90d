/**
 * Local stand-ins for the `cloud.openapi` calls the functions make, behind the same call
 * shapes: a real QR image carrying the same scene; phone-number codes minted by the local app.
 */
import QRCode from 'qrcode'

export interface OpenApiError extends Error {
  errCode: number
  errMsg: string
}

function apiError(errCode: number, errMsg: string): OpenApiError {
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}

/** The local H5 app mints phone codes as `local:<number>` (the weapp gets real ones from WeChat). */
export const LOCAL_PHONE_CODE = /^local:(1[3-9]\d{9})$/

export function createLocalOpenApi(publicUrl: () => string) {
  return {
    wxacode: {
      async getUnlimited(args: { scene?: string; page?: string; width?: number }) {
        const scene = String(args.scene ?? '')
        if (!scene || scene.length > 32)
          throw apiError(40169, 'invalid length for scene, or the data is not json string')
        const target = `${publicUrl()}/?scene=${encodeURIComponent(scene)}#/${args.page ?? 'pages/entry/index'}`
        const buffer = await QRCode.toBuffer(target, {
          width: args.width ?? 430,
          margin: 2,
          errorCorrectionLevel: 'M',
        })
        return { errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok', contentType: 'image/png', buffer }
      },
    },
    phonenumber: {
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
    },
  }
}
