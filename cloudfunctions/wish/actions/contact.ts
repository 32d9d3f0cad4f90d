import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { callerOf, wishOr404 } from '../store'
import { mayReveal, roleOf } from '../views'

/**
 * How to reach the wisher — contact and exact address — for the wisher themselves (and their
 * stand-in), the claimer while the wish is in their hands, and staff. The only action that reads
 * `wishContacts`; every reveal to someone other than the wisher is audited.
 */
export const contact = actionsOf<'wish'>(wishContract).station('contact', {
  access: 'verified',
  proxy: true,
  label: '查看心愿联系方式',
  async run(ctx, { wishId }) {
    const wish = await wishOr404(ctx.db, wishId)
    const role = roleOf(wish, callerOf(ctx))
    if (!mayReveal(wish, role)) throw forbidden('只有许愿人、认领人和驿站工作人员可以查看联系方式')
    const doc = await ctx.db.wishContacts.byId(wishId)
    if (!doc) throw notFound('没有找到这个心愿的联系方式')
    if (role !== 'wisher')
      await ctx.audit({
        action: 'wish.contact',
        targetType: 'wish',
        targetId: wishId,
        summary: `查看了心愿「${wish.title}」（${wish.wisherName}）的联系方式和地址`,
      })
    return { wishId, contactName: doc.contactName, contactPhone: doc.contactPhone, address: doc.address }
  },
})
