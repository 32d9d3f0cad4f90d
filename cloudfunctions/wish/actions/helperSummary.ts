import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { balanceId } from '../../_kernel/ledger'
import { command } from '../../_kernel/query'

/**
 * My record as a helper, for my profile: wishes in hand, wishes that came true, the points they
 * brought, and my whole balance at this station (the one ledger every domain pays into).
 */
export const helperSummary = actionsOf<'wish'>(wishContract).station('helperSummary', {
  access: 'verified',
  async run(ctx) {
    const me = ctx.member!._id
    const [byStatus, balance] = await Promise.all([
      ctx.db.wishes.aggregate<{ _id: string; n: number; points: number }>((a) =>
        a
          .match({ claimerId: me })
          .group({
            _id: '$status',
            n: command().aggregate.sum(1),
            points: command().aggregate.sum('$points'),
          })
          .limit(20),
      ),
      ctx.db.pointsBalances.byId(balanceId(ctx.station._id, me)),
    ])
    const count = (statuses: string[]) =>
      byStatus.filter((r) => statuses.includes(r._id)).reduce((sum, r) => sum + r.n, 0)
    return {
      active: count(['claimed', 'fulfilled', 'disputed']),
      fulfilled: count(['confirmed']),
      points: byStatus.find((r) => r._id === 'confirmed')?.points ?? 0,
      balance: balance?.balance ?? 0,
    }
  },
})
