import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { templateIds } from '../../_kernel/wechat/subscriptions'

/** The templates the app may ask consent for (ids the operator configured), for the consent prompt. */
export const subscriptionTemplates = actionsOf<'station'>(stationContract).station('subscriptionTemplates', {
  access: 'guest',
  async run() {
    return { items: templateIds() }
  },
})
