import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { globalCollection } from '../../_kernel/repo'
import { toCard } from '../views'

/** Scene `s=<code>` from a station QR or a shared card -> which station it is. */
export const resolve = actionsOf<'station'>(stationContract).global('resolve', {
  async run(_ctx, { code }) {
    const station = await globalCollection('stations').findOne({ code })
    if (!station) throw notFound('没有找到这个驿站，二维码可能已失效')
    return toCard(station)
  },
})
