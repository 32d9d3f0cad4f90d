/** What a change to a wish makes out of date: every wish list and figure the app may be showing. */
import type { ActionRef } from '@/data'

export const WISH_VIEWS: readonly ActionRef[] = [
  'wish.wall',
  'wish.detail',
  'wish.mine',
  'wish.myClaims',
  'wish.helperSummary',
  'wish.queue',
  'wish.stats',
]

export const detailUrl = (wishId: string) => `/packages/wish/detail/index?id=${wishId}`
