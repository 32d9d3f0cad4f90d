import type { GrantedRole, MemberDoc } from '../../../types/entities'
import { ROLE_LABELS, SIDE_LABELS } from '../../../types/labels'
import { stationContract } from '../../../types/station'
import type { ParsedInputOf } from '../../../types/api'
import { actionsOf } from '../../_kernel/action'
import { forbidden, invalid, notFound } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { ROLE_MANAGERS } from '../scope'
import { labelFor } from '../households'
import { toMemberRow } from '../views'

type Input = ParsedInputOf<'station', 'grantRole'>

/** 站长 and 副站长 grant roles; only a 站长 makes another 站长 or 副站长. Every change is audited. */
export const grantRole = actionsOf<'station'>(stationContract).station('grantRole', {
  access: { roles: ROLE_MANAGERS },
  async run(ctx, input) {
    if (isSenior(input.role) && !ctx.roles.has('stationHead')) throw forbidden('只有站长可以任命站长或副站长')
    const target = await ctx.db.members.byId(input.memberId)
    if (!target || target.status === 'left') throw notFound('没有找到这位居民')
    if (target.status !== 'verified' || target.offline)
      throw invalid('memberId', '只能给已认证的居民授予角色')
    const patch = await rolePatch(ctx, target, input)
    await ctx.db.members.updateById(target._id, patch)
    const updated = { ...target, ...patch } as MemberDoc
    await ctx.audit({
      action: 'station.grantRole',
      targetType: 'member',
      targetId: target._id,
      summary: `授予 ${target.name} ${await describe(ctx, input)}`,
    })
    return toMemberRow(updated, await labelFor(ctx.db, updated.householdId))
  },
})

const isSenior = (role: GrantedRole) => role === 'stationHead' || role === 'deputyHead'

async function rolePatch(ctx: Parameters<typeof grantRole.run>[0], target: MemberDoc, input: Input) {
  const roles = [...new Set([...target.roles, input.role])]
  const patch: Partial<MemberDoc> = { roles, updatedAt: ctx.now }
  if (input.role === 'buildingHead') {
    if (input.headOf.length === 0) throw invalid('headOf', '请选择这位楼长负责的楼栋')
    const found = await ctx.db.buildings.count({ _id: inList(input.headOf) })
    if (found !== new Set(input.headOf).size) throw invalid('headOf', '选择的楼栋不存在')
    patch.headOf = [...new Set(input.headOf)]
    patch.flagTeam = input.flagTeam
  }
  if (input.role === 'sideRep') {
    if (!input.side) throw invalid('side', '请选择代表哪一方')
    patch.side = input.side
  }
  if (input.role === 'organiser') {
    if (input.teams.length === 0) throw invalid('teams', '请选择这位组织者负责的志愿服务队')
    const found = await ctx.db.volunteerTeams.count({ _id: inList(input.teams) })
    if (found !== new Set(input.teams).size) throw invalid('teams', '选择的志愿服务队不存在')
    patch.organiserOf = [...new Set(input.teams)]
  }
  if (input.role === 'merchant') {
    if (!input.provider) throw invalid('provider', '请填写这位商家代表的店铺或单位名称')
    patch.merchantOf = input.provider
  }
  return patch
}

async function describe(ctx: Parameters<typeof grantRole.run>[0], input: Input): Promise<string> {
  if (input.role === 'sideRep' && input.side) return `${SIDE_LABELS[input.side]}代表`
  if (input.role === 'merchant') return `商家（${input.provider}）`
  if (input.role === 'organiser') {
    const teams = await ctx.db.volunteerTeams.find({ _id: inList(input.teams) }, { limit: 20 })
    return `活动组织者（${teams.map((t) => t.name).join('、')}）`
  }
  if (input.role !== 'buildingHead') return ROLE_LABELS[input.role]
  const buildings = await ctx.db.buildings.find({ _id: inList(input.headOf) }, { limit: 100 })
  return `楼长（${buildings.map((b) => b.name).join('、')}${input.flagTeam ? `，${input.flagTeam}` : ''}）`
}
