/** Posting a wish (by the wisher, a stand-in, or staff for a resident without a phone), withdrawing it, and the contact reveal. */
import * as z from 'zod'
import { returns } from '../contract'
import { date, id, oneOf, optionalText, phone, text } from '../fields'
import { imageIds } from '../files'
import { WISH_LIMITS } from '../limits'
import { WISH_CATEGORIES } from './entities'
import type { WishContact, WishDetail, WishResident } from './views'

const wishId = { wishId: id('心愿') }

export const postingActions = {
  post: {
    input: z.object({
      title: text('心愿', WISH_LIMITS.titleMax),
      description: text('心愿说明', WISH_LIMITS.descriptionMax),
      category: oneOf('心愿类别', WISH_CATEGORIES),
      neededBy: date('希望完成日期'),
      images: imageIds('wish'),
      /** Another number to call than the wisher's own (or their stand-in's, for someone without a phone). */
      contactPhone: phone.optional(),
      /** How to find the door, beyond building, unit and room; private like the address. */
      addressNote: optionalText('地址补充', WISH_LIMITS.addressNoteMax).default(''),
      /** Staff only: the resident they post for (someone without a phone). */
      forMemberId: id('居民').optional(),
    }),
    output: returns<WishDetail>(),
  },
  /** The wisher (or staff) takes back a wish nobody has claimed. */
  withdraw: { input: z.object(wishId), output: returns<WishDetail>() },
  /** Contact and exact address: the wisher, the claimer (audited) and staff (audited). */
  contact: { input: z.object(wishId), output: returns<WishContact>() },
  /** Staff find the resident they post for, people without a phone included. */
  findResident: {
    input: z.object({ q: text('姓名或房号', 20) }),
    output: returns<{ items: WishResident[] }>(),
  },
}
