/** `wxacode.getUnlimited` locally: a real QR image carrying the same scene, pointing at the local H5 app. */
import QRCode from 'qrcode'
import { apiError } from './errors'

export function localWxacode(publicUrl: () => string) {
  return {
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
  }
}
