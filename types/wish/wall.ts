/** Reading wishes: the wall with its filters, one wish, my wishes, the ones I claimed, my helper record. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, oneOf, page } from '../fields'
import type { Page } from '../fields'
import { WISH_CATEGORIES } from './entities'
import { WISH_WALL_FILTERS } from './views'
import type { HelperSummary, WishCard, WishDetail } from './views'

export const wallActions = {
  wall: {
    input: z.object({
      filter: oneOf('心愿状态', WISH_WALL_FILTERS).default('open'),
      category: oneOf('心愿类别', WISH_CATEGORIES).optional(),
      buildingId: id('楼栋').optional(),
      ...page,
    }),
    output: returns<Page<WishCard>>(),
  },
  detail: { input: z.object({ wishId: id('心愿') }), output: returns<WishDetail>() },
  /** Wishes I posted (or, acting as a stand-in, the person's), every status, newest first. */
  mine: { input: z.object({ ...page }), output: returns<Page<WishCard>>() },
  /** Wishes I claimed, the ones in hand first. */
  myClaims: { input: z.object({ ...page }), output: returns<Page<WishCard>>() },
  helperSummary: { input: z.object({}), output: returns<HelperSummary>() },
}
