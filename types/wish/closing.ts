/** The wisher's side once it is done: confirm (the helper's points follow), dispute, say thank you. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, optionalText, text } from '../fields'
import { WISH_LIMITS } from '../limits'
import type { WishDetail } from './views'

const wishId = { wishId: id('心愿') }

export const closingActions = {
  /** The wisher, their stand-in, or staff for a resident who cannot; a thank-you may come along. */
  confirm: {
    input: z.object({ ...wishId, thanks: optionalText('感谢的话', WISH_LIMITS.thanksMax).default('') }),
    output: returns<WishDetail>(),
  },
  dispute: {
    input: z.object({ ...wishId, reason: text('没有实现的原因', WISH_LIMITS.reasonMax) }),
    output: returns<WishDetail>(),
  },
  thank: {
    input: z.object({ ...wishId, thanks: text('感谢的话', WISH_LIMITS.thanksMax) }),
    output: returns<WishDetail>(),
  },
}
