import { stationInputs } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { conflict, isDuplicateKey, notFound } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'
import { claimedCounts, toPostView } from '../posts'

/** Staff add or edit a service post; a post in use is switched off rather than deleted. */
export const saveServicePost = actionsOf<'station'>(stationInputs).station('saveServicePost', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { postId, name, description, active }) {
    let id = postId
    try {
      if (id) {
        // Checked apart from the update: saving a post unchanged updates nothing, yet the post exists.
        if (!(await ctx.db.servicePosts.byId(id))) throw notFound('没有找到这个岗位')
        await ctx.db.servicePosts.updateById(id, { name, description, active })
      } else {
        const sort = (await ctx.db.servicePosts.count()) + 1
        id = await ctx.db.servicePosts.insert({ name, description, active, sort, createdAt: ctx.now })
      }
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict(`已经有名为“${name}”的岗位了`)
      throw err
    }
    await ctx.audit({
      action: 'station.saveServicePost',
      targetType: 'servicePost',
      targetId: id,
      summary: `${postId ? '修改' : '新增'}服务岗位“${name}”${active ? '' : '（停用）'}`,
    })
    const saved = (await ctx.db.servicePosts.byId(id))!
    return toPostView(saved, (await claimedCounts(ctx.db)).get(id) ?? 0)
  },
})
