/** Registering a household, moving out, and the building head's verification queue. */
import * as z from 'zod'
import { returns } from '../contract'
import { MEMBER_STATUSES, RELATIONS } from '../entities'
import { flag, id, list, oneOf, optionalText, page, phone, text } from '../fields'
import type { Page } from '../fields'
import { PERSON_LIMITS } from '../limits'
import type { MemberRow, MemberSelf } from './views'

export const registrationActions = {
  /**
   * Exchanges the phone-number button's one-time code at once (it lasts five minutes and each
   * success is charged) for a token the registration form carries for half an hour.
   */
  verifyPhone: {
    input: z.object({ code: text('手机号验证码', 200) }),
    output: returns<{ phoneToken: string; phoneMasked: string; expiresAt: string }>(),
  },
  register: {
    input: z.object({
      householdId: id('房屋'),
      relation: oneOf('与房屋关系', RELATIONS),
      name: text('姓名', PERSON_LIMITS.nameMax),
      /** From `verifyPhone`. */
      phoneToken: text('手机号验证', 200).optional(),
      /**
       * Typed by hand when the phone button failed (quota, refusal, an old client): kept as
       * unverified for the building head to confirm. With neither, a number WeChat verified for
       * this person before is used again.
       */
      phone: phone.optional(),
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
        /** The head checked a hand-typed number with the resident (e.g. by calling it). */
        phoneConfirmed: flag('已核对手机号').default(false),
      })
      .refine((v) => v.decision === 'approve' || v.reason.length > 0, {
        error: '不通过时请填写原因',
        path: ['reason'],
      }),
    output: returns<MemberRow>(),
  },
}
