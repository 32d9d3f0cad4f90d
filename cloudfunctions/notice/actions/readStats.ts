import { noticeContract } from '../../../types/notice'
import type { ReadStats } from '../../../types/notice'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import { isAuthorOrStaff, managedBuildings, managedNotice, MANAGER_ROLES } from '../access'
import { reachOf } from '../counters'
import { groupsOf } from '../groups'
import { buildingReach } from '../receipts'
import { shareCard } from '../views'

/**
 * Who has read a notice: read / posted-to households per building and unit (from its counters:
 * one read, however big the station), the bound group chats of those buildings and how many
 * people opened it from each, and the messages sent. A building head sees only their buildings.
 */
export const readStats = actionsOf<'notice'>(noticeContract).station('readStats', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { noticeId }) {
    const notice = await managedNotice(ctx, noticeId)
    const visible = managedBuildings(ctx, notice)
    const [reach, buildings, groups] = await Promise.all([
      reachOf(ctx.db, noticeId),
      ctx.db.buildings.find(
        { _id: inList(visible) },
        {
          orderBy: [
            ['sort', 'asc'],
            ['name', 'asc'],
          ],
          limit: 1000,
        },
      ),
      groupsOf(ctx, visible),
    ])
    const rows = buildingReach(notice, buildings, reach)
    const full = isAuthorOrStaff(ctx, notice)
    const stats: ReadStats = {
      noticeId,
      title: notice.title,
      targetLabel: notice.targetLabel,
      createdAt: new Date(notice.createdAt).toISOString(),
      status: notice.status,
      total: {
        targeted: rows.reduce((n, r) => n + r.targeted, 0),
        read: rows.reduce((n, r) => n + r.read, 0),
      },
      buildings: rows,
      groups: groups.map((g) => ({
        groupId: g._id,
        name: g.name,
        buildingName: g.buildingName,
        opens: reach.groups.get(g._id) ?? 0,
      })),
      guests: full ? reach.guests : 0,
      delivery: {
        sent: notice.delivery.sent,
        noConsent: notice.delivery.noConsent,
        failed: notice.delivery.failed,
        offline: notice.delivery.offline,
        done: notice.delivery.done,
      },
      canRemind: notice.status === 'published',
      canWithdraw: full && notice.status === 'published',
      share: shareCard(ctx.station, notice, ''),
    }
    return stats
  },
})
