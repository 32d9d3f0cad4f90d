/** Building group chats: bound by a building head from a card opened inside the group. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, text } from '../fields'
import { NOTICE_LIMITS } from '../limits'
import { groupCloudId } from './reading'
import type { BoundGroup } from './views'

export const groupActions = {
  bindGroup: {
    input: z.object({
      cloudID: groupCloudId,
      buildingId: id('楼栋'),
      name: text('群名称', NOTICE_LIMITS.groupNameMax),
    }),
    output: returns<BoundGroup>(),
  },
  unbindGroup: {
    input: z.object({ groupId: id('群') }),
    output: returns<{ groupId: string }>(),
  },
  groups: {
    input: z.object({}),
    output: returns<{ items: BoundGroup[] }>(),
  },
}
