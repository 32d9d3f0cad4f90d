/**
 * Contract of the `notice` cloud function: posting (building heads to their buildings, staff
 * anywhere), reading (residents, and anyone who opens a shared card), read receipts and the one
 * reminder, and the building group chats notices are shared into.
 */
import { maintenanceActions } from '../maintenance'
import { composeActions } from './compose'
import { groupActions } from './groups'
import { readingActions } from './reading'
import { receiptActions } from './receipts'

export const noticeContract = {
  ...composeActions,
  ...readingActions,
  ...receiptActions,
  ...groupActions,
  ...maintenanceActions,
}

export type * from './views'
export type * from './entities'
