import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { conflict, isDuplicateKey, notFound } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { STAFF_ROLES } from '../../_kernel/roles'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { toTeam } from '../views'

/** Staff create or rename a volunteer team; names are unique in a station. Audited. */
export const saveTeam = actionsOf<'volunteer'>(volunteerContract).station('saveTeam', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { teamId, name, description }) {
    await checkTexts(
      ctx,
      [
        { field: 'name', text: name },
        { field: 'description', text: description },
      ],
      SCENE.profile,
    )
    try {
      if (teamId) {
        const team = await ctx.db.volunteerTeams.byId(teamId)
        if (!team) throw notFound('没有找到这支志愿服务队')
        const saved = await ctx.db.volunteerTeams.patch(team, { name, description })
        await audit(ctx, saved._id, `修改志愿服务队「${name}」`)
        return toTeam(saved)
      }
      const sort = (await ctx.db.volunteerTeams.count({})) + 1
      const team = await ctx.db.volunteerTeams.insert({
        _id: newId(),
        name,
        description,
        sort,
        createdAt: ctx.now,
      })
      await audit(ctx, team._id, `新建志愿服务队「${name}」`)
      return toTeam(team)
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict(`已经有一支叫「${name}」的队伍了`)
      throw err
    }
  },
})

async function audit(ctx: Parameters<typeof saveTeam.run>[0], teamId: string, summary: string) {
  await ctx.audit({ action: 'volunteer.saveTeam', targetType: 'volunteerTeam', targetId: teamId, summary })
}
