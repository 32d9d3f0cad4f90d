/** A helper's side: claim a wish, give it back, report progress, mark it fulfilled with a note and photos. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, optionalText, text } from '../fields'
import { imageIds } from '../files'
import { WISH_LIMITS } from '../limits'
import type { WishDetail } from './views'

const wishId = { wishId: id('心愿') }

export const helpingActions = {
  claim: { input: z.object(wishId), output: returns<WishDetail>() },
  release: {
    input: z.object({ ...wishId, reason: optionalText('原因', WISH_LIMITS.reasonMax).default('') }),
    output: returns<WishDetail>(),
  },
  /** A short note for the wisher ("已约好周六上门"); it also keeps the claim from expiring. */
  progress: {
    input: z.object({ ...wishId, note: text('进展', WISH_LIMITS.noteMax) }),
    output: returns<WishDetail>(),
  },
  fulfil: {
    input: z.object({
      ...wishId,
      note: text('完成情况', WISH_LIMITS.noteMax),
      images: imageIds('fulfilment').refine((ids) => ids.length > 0, {
        error: '请至少上传一张完成时的照片',
      }),
    }),
    output: returns<WishDetail>(),
  },
}
