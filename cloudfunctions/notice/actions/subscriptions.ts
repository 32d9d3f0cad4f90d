import { noticeContract } from '../../../types/notice'
import { NOTICE_CATEGORIES, NOTICE_TEMPLATE_OF } from '../../../types/notice/labels'
import { SUBSCRIPTION_TEMPLATES } from '../../../types/subscriptions'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import { templateIdOf } from '../../_kernel/wechat/subscriptions'

/**
 * The notice categories a resident may subscribe to (one template each), with how many messages
 * of each they have allowed so far. Consent belongs to the phone's owner, so a stand-in sees their own.
 */
export const subscriptions = actionsOf<'notice'>(noticeContract).station('subscriptions', {
  access: 'member',
  async run(ctx) {
    const keys = NOTICE_CATEGORIES.map((c) => NOTICE_TEMPLATE_OF[c])
    const mine = await ctx.db.subscriptions.find(
      { memberId: ctx.actor!._id, template: inList(keys) },
      { limit: keys.length },
    )
    return {
      items: NOTICE_CATEGORIES.map((category) => {
        const key = NOTICE_TEMPLATE_OF[category]
        return {
          category,
          key,
          templateId: templateIdOf(key),
          title: SUBSCRIPTION_TEMPLATES[key].title,
          available: mine.find((s) => s.template === key)?.available ?? 0,
        }
      }),
    }
  },
})
