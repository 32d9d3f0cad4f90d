/**
 * Granting and revoking the roles staff hand out: 站长, 副站长, 工作人员, 楼长, 三方代表, and for
 * volunteering 活动组织者 (scoped to volunteer teams) and 商家 (scoped to one provider's rewards).
 */
import * as z from 'zod'
import { returns } from '../contract'
import { GRANTED_ROLES, SIDES } from '../entities'
import { id, list, oneOf, optionalText } from '../fields'
import type { MemberRow } from './views'

const grantedRole = oneOf('角色', GRANTED_ROLES)

export const roleActions = {
  listRoleHolders: { input: z.object({}), output: returns<{ items: MemberRow[] }>() },
  grantRole: {
    input: z.object({
      memberId: id('居民'),
      role: grantedRole,
      headOf: list('负责楼栋', id('楼栋'), 50).default([]),
      side: oneOf('所属方', SIDES).optional(),
      flagTeam: optionalText('旗手团队', 20).default(''),
      /** For an organiser: the volunteer teams they run activities for. */
      teams: list('志愿服务队', id('志愿服务队'), 20).default([]),
      /** For a merchant: the provider whose vouchers they verify, as rewards name it. */
      provider: optionalText('商家名称', 30).default(''),
    }),
    output: returns<MemberRow>(),
  },
  revokeRole: {
    input: z.object({ memberId: id('居民'), role: grantedRole }),
    output: returns<MemberRow>(),
  },
}
