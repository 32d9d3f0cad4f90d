/** Registering a household, moving out, and the building head's verification queue. */
import * as z from 'zod'
import { returns } from '../contract'
import { MEMBER_STATUSES, RELATIONS } from '../entities'
import { flag, id, list, oneOf, optionalText, page, text } from '../fields'
import type { Page } from '../fields'
import { PERSON_LIMITS } from '../limits'
import type { MemberRow, MemberSelf } from './views'

export const registrationActions = {
  register: {
    input: z.object({
      householdId: id('房屋'),
      relation: oneOf('与房屋关系', RELATIONS),
      name: text('姓名', PERSON_LIMITS.nameMax),
      phoneCode: text('手机号验证', 200),
      isVolunteer: flag('志愿者').default(false),
      skills: list('特长', text('特长', 10), 10).default([]),
      isPartyMember: flag('党员').default(false),
    }),
    output: returns<MemberSelf>(),
  },
  moveOut: { input: z.object({}), output: returns<MemberSelf>() },
  verifyQueue: {
    input: z.object({
      status: oneOf('状态', MEMBER_STATUSES).default('pending'),
      buildingId: id('楼栋').optional(),
      ...page,
    }),
    output: returns<Page<MemberRow>>(),
  },
  verify: {
    input: z
      .object({
        memberId: id('居民'),
        decision: oneOf('审核结果', ['approve', 'reject']),
        reason: optionalText('原因', 100).default(''),
      })
      .refine((v) => v.decision === 'approve' || v.reason.length > 0, {
        error: '不通过时请填写原因',
        path: ['reason'],
      }),
    output: returns<MemberRow>(),
  },
}
