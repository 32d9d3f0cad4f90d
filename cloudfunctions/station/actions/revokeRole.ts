import type { MemberDoc } from '../../../types/entities'
import { ROLE_LABELS } from '../../../types/labels'
import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { ROLE_MANAGERS } from '../scope'
import { keepingAHead } from '../headCount'
import { labelFor } from '../households'
import { toMemberRow } from '../views'

/** Takes a role away; the last 站长 cannot be removed. Audited. */
export const revokeRole = actionsOf<'station'>(stationContract).station('revokeRole', {
  access: { roles: ROLE_MANAGERS },
  async run(ctx, { memberId, role }) {
    if ((role === 'stationHead' || role === 'deputyHead') && !ctx.roles.has('stationHead'))
      throw forbidden('只有站长可以撤销站长或副站长')
    const target = await ctx.db.members.byId(memberId)
    if (!target || target.status === 'left') throw notFound('没有找到这位居民')
    const label = await labelFor(ctx.db, target.householdId)
    if (!target.roles.includes(role)) return toMemberRow(target, label)
    const patch: Partial<MemberDoc> = { roles: target.roles.filter((r) => r !== role), updatedAt: ctx.now }
    if (role === 'buildingHead') Object.assign(patch, { headOf: [], flagTeam: '' })
    if (role === 'sideRep') patch.side = null
    if (role === 'organiser') patch.organiserOf = []
    if (role === 'merchant') patch.merchantOf = null
    const write = async () => void (await ctx.db.members.updateById(target._id, patch))
    if (role === 'stationHead') {
      await keepingAHead(
        ctx.db,
        target,
        write,
        async () => void (await ctx.db.members.updateById(target._id, { roles: target.roles })),
      )
    } else {
      await write()
    }
    await ctx.audit({
      action: 'station.revokeRole',
      targetType: 'member',
      targetId: target._id,
      summary: `撤销 ${target.name} 的${ROLE_LABELS[role]}角色`,
    })
    return toMemberRow({ ...target, ...patch }, label)
  },
})
