import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../access'
import { moderate } from '../moderate'

/** Staff hide a topic or reply from residents, with a reason (audited). */
export const hideContent = actionsOf<'forum'>(forumContract).station('hideContent', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { targetType, targetId, reason }) {
    await moderate(ctx, targetType, targetId, true, reason)
    return { hidden: true as const }
  },
})
