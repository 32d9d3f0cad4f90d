import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { recordConsents } from '../../_kernel/wechat/subscriptions'

/**
 * What the person allowed in WeChat's subscription prompt (`Taro.requestSubscribeMessage`, or the
 * local prompt on H5): one more message of each accepted template.
 */
export const recordConsent = actionsOf<'station'>(stationContract).station('recordConsent', {
  access: 'member',
  async run(ctx, { results }) {
    return { accepted: await recordConsents(ctx, ctx.actor!, results) }
  },
})
