import type { ServicePostDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { conflict, isDuplicateKey, notFound } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { claimedCounts, toPostView } from '../posts'

/** Staff add or edit a service post; a post in use is switched off rather than deleted. */
export const saveServicePost = actionsOf<'station'>(stationContract).station('saveServicePost', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { postId, name, description, active }) {
    // Residents read posts when reporting in: checked like any published text.
    await checkTexts(
      ctx,
      [
        { field: 'name', text: name },
        { field: 'description', text: description },
      ],
      SCENE.profile,
    )
    let saved: ServicePostDoc
    try {
      if (postId) {
        const current = await ctx.db.servicePosts.byId(postId)
        if (!current) throw notFound('没有找到这个岗位')
        saved = await ctx.db.servicePosts.patch(current, { name, description, active })
      } else {
        const sort = (await ctx.db.servicePosts.count()) + 1
        saved = await ctx.db.servicePosts.insert({ name, description, active, sort, createdAt: ctx.now })
      }
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict(`已经有名为“${name}”的岗位了`)
      throw err
    }
    const id = saved._id
    await ctx.audit({
      action: 'station.saveServicePost',
      targetType: 'servicePost',
      targetId: id,
      summary: `${postId ? '修改' : '新增'}服务岗位“${name}”${active ? '' : '（停用）'}`,
    })
    return toPostView(saved, (await claimedCounts(ctx.db)).get(id) ?? 0)
  },
})
