import { noticeContract } from '../../../types/notice'
import { actionsOf } from '../../_kernel/action'
import { forbidden } from '../../_kernel/errors'
import { isAuthorOrStaff, managedNotice, MANAGER_ROLES } from '../access'
import { deliverBatch } from '../delivery'

/**
 * Sends the next batch of a notice's messages to subscribers. A post sends the first batch
 * itself; at a big station the author's receipts page calls this until it answers `done`.
 */
export const deliver = actionsOf<'notice'>(noticeContract).station('deliver', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { noticeId }) {
    const notice = await managedNotice(ctx, noticeId)
    if (!isAuthorOrStaff(ctx, notice)) throw forbidden('只有发布人或驿站工作人员可以继续发送')
    return deliverBatch(ctx, notice)
  },
})
