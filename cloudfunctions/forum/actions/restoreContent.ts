import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../access'
import { moderate } from '../moderate'

/** Staff show hidden content again, or keep reported content up, with a reason (audited). */
export const restoreContent = actionsOf<'forum'>(forumContract).station('restoreContent', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { targetType, targetId, reason }) {
    await moderate(ctx, targetType, targetId, false, reason)
    return { hidden: false as const }
  },
})
