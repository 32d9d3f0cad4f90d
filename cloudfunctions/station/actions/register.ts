import type { MemberDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import type { ParsedInputOf } from '../../../types/api'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { conflict, invalid, isDuplicateKey } from '../../_kernel/errors'
import { isStaff } from '../../_kernel/roles'
import { householdIn } from '../households'
import { newMember } from '../members'
import { registrationPhone } from '../phone'
import type { PhoneChoice } from '../phone'
import { householdLabel, toMemberSelf } from '../views'

type Input = ParsedInputOf<'station', 'register'>

/**
 * A person registers to a household and waits for the building head to verify. Registering
 * again (a retry, or fixing a rejected registration) updates the same record.
 */
export const register = actionsOf<'station'>(stationContract).station('register', {
  access: 'guest',
  async run(ctx, input) {
    const home = await householdIn(ctx.db, input.householdId)
    if (!home) throw invalid('householdId', '没有找到这个房屋，请重新选择楼栋、单元和房号')
    const phone = await registrationPhone(ctx, input)
    const fields = registrationFields(ctx, input, phone, home.household.buildingId)
    const saved = await save(ctx, fields)
    const label = householdLabel(home.household, home.building)
    const checked = saved.phoneVerified ? '' : '，手机号未验证'
    await ctx.audit({
      action: 'station.register',
      targetType: 'member',
      targetId: saved._id,
      summary: `${saved.name} 登记 ${label.label}（${saved.status === 'verified' ? '工作人员本人，直接认证' : '待审核'}${checked}）`,
    })
    return toMemberSelf(saved, label, [])
  },
})

function registrationFields(ctx: StationCtx, input: Input, phone: PhoneChoice, buildingId: string) {
  return {
    name: input.name,
    phone: phone.phone,
    phoneVerified: phone.phoneVerified,
    householdId: input.householdId,
    buildingId,
    relation: input.relation,
    isVolunteer: input.isVolunteer,
    skills: input.isVolunteer ? [...new Set(input.skills)] : [],
    isPartyMember: input.isPartyMember,
    rejectReason: '',
    updatedAt: ctx.now,
  }
}

type Fields = ReturnType<typeof registrationFields>

async function save(ctx: StationCtx, fields: Fields): Promise<MemberDoc> {
  const current = ctx.actor
  if (!current) return insertOrRetry(ctx, fields)
  if (current.status === 'verified') return updateVerified(ctx, current, fields)
  // pending, rejected or moved out: the registration starts (again) from pending.
  return ctx.db.members.patch(current, {
    ...fields,
    status: 'pending',
    leftAt: null,
    verifiedAt: null,
    verifiedBy: null,
  })
}

/** A verified member may attach a first household only if they are staff (vouched for already). */
async function updateVerified(ctx: StationCtx, current: MemberDoc, fields: Fields): Promise<MemberDoc> {
  if (current.householdId === fields.householdId) {
    return ctx.db.members.patch(current, {
      name: fields.name,
      phone: fields.phone,
      phoneVerified: fields.phoneVerified,
      isVolunteer: fields.isVolunteer,
      skills: fields.skills,
      isPartyMember: fields.isPartyMember,
      updatedAt: ctx.now,
    })
  }
  if (current.householdId || !isStaff(ctx.roles))
    throw conflict('您已在本驿站认证了房屋。如果搬家了，请先在“我的登记”里办理迁出，再重新登记')
  return ctx.db.members.patch(current, fields)
}

async function insertOrRetry(ctx: StationCtx, fields: Fields): Promise<MemberDoc> {
  try {
    return await ctx.db.members.insert(
      newMember({ ...fields, openid: ctx.openid, status: 'pending' }, ctx.now),
    )
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    // The same person's first registration arrived twice at once: the other one won; update it.
    const winner = await ctx.db.members.findOne({ openid: ctx.openid })
    if (!winner) throw err
    return ctx.db.members.patch(winner, { ...fields, status: 'pending' })
  }
}
