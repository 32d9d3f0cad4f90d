/**
 * A wish as it stands when it is posted: what the wisher asked for, where and by whom, and the
 * review step (done already when staff posted it); nobody has claimed, fulfilled or confirmed it.
 * The one place these defaults live (the `post` action and the demo seed). `dueAt` is the clock's
 * to set (cloudfunctions/wish/machine.ts).
 */
import type { WishDoc } from './entities'

export type PostedFields = Pick<
  WishDoc,
  | '_id'
  | 'stationId'
  | 'title'
  | 'description'
  | 'category'
  | 'neededBy'
  | 'neededByEnd'
  | 'buildingId'
  | 'buildingName'
  | 'wisherId'
  | 'wisherName'
  | 'postedById'
  | 'postedVia'
  | 'images'
  | 'status'
  | 'reviewedById'
  | 'reviewedAt'
  | 'flagged'
>

export function postedWish(fields: PostedFields, now: Date): WishDoc {
  return {
    ...fields,
    rejectReason: '',
    claimerId: null,
    claimerName: '',
    claimedAt: null,
    progressAt: null,
    progressNote: '',
    fulfilledAt: null,
    fulfilNote: '',
    fulfilImages: [],
    confirmedAt: null,
    confirmedById: null,
    points: 0,
    disputeReason: '',
    disputedAt: null,
    resolution: '',
    thanks: '',
    thankedAt: null,
    dueAt: null,
    createdAt: now,
    updatedAt: now,
  }
}
