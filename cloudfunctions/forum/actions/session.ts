import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { sessionDetail, sessionOf } from '../sessions'

/** One session: hosts, agenda (most supported first), sign-ups, minutes and commitments. */
export const session = actionsOf<'forum'>(forumContract).station('session', {
  access: 'verified',
  proxy: true,
  async run(ctx, { sessionId }) {
    return sessionDetail(ctx, await sessionOf(ctx, sessionId))
  },
})
