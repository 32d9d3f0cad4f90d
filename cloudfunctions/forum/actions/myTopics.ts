import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { cardPage } from '../listing'

/** The topics I raised (or the person I act for raised), hidden ones included, newest first. */
export const myTopics = actionsOf<'forum'>(forumContract).station('myTopics', {
  access: 'verified',
  proxy: true,
  async run(ctx, { skip, limit }) {
    return cardPage(ctx, { authorId: ctx.member!._id }, [['createdAt', 'desc']], skip, limit)
  },
})
