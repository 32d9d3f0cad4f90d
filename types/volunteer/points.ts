/** Points: a person's balance and history, staff reversing an entry, and the station's figures. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, page, text } from '../fields'
import type { Page } from '../fields'
import { VOLUNTEER_LIMITS } from '../limits'
import type { PointsEntryView } from '../points'
import type { PointsSummary, VolunteerStats } from './views'

export const pointsActions = {
  myPoints: {
    input: z.object({ ...page }),
    output: returns<Page<PointsEntryView> & { summary: PointsSummary }>(),
  },
  memberPoints: {
    input: z.object({ memberId: id('居民'), ...page }),
    output: returns<Page<PointsEntryView> & { summary: PointsSummary; name: string }>(),
  },
  reversePoints: {
    input: z.object({ entryId: id('积分记录'), reason: text('冲正原因', VOLUNTEER_LIMITS.reasonMax) }),
    output: returns<PointsEntryView>(),
  },
  volunteerStats: { input: z.object({}), output: returns<VolunteerStats>() },
}
