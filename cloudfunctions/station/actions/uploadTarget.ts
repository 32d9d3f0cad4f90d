import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { uploadTarget as targetFor } from '../../_kernel/storage'

/**
 * Where the app uploads an image of this kind: the caller's own folder at this station, which is
 * what `attach` later checks a file id against; or, for something published anonymously, a fresh
 * folder that does not name them. Verified residents only: only they publish.
 */
export const uploadTarget = actionsOf<'station'>(stationContract).station('uploadTarget', {
  access: 'verified',
  async run(ctx, { kind, anonymous }) {
    return targetFor(ctx, kind, anonymous)
  },
})
