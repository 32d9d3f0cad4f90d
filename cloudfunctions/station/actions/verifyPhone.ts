import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { maskPhone } from '../../_kernel/mask'
import { exchangePhoneCode, phoneToken } from '../phone'

/**
 * The phone-number button's code, exchanged the moment it arrives: the code lasts five minutes
 * (a form can take longer) and each exchange is charged, so it is exchanged exactly once.
 */
export const verifyPhone = actionsOf<'station'>(stationContract).station('verifyPhone', {
  access: 'guest',
  async run(ctx, { code }) {
    const phone = await exchangePhoneCode(code)
    const { token, expiresAt } = phoneToken(ctx.openid, phone, ctx.now)
    return { phoneToken: token, phoneMasked: maskPhone(phone), expiresAt: expiresAt.toISOString() }
  },
})
