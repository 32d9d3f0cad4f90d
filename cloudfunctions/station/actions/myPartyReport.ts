import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { postName, toReportView } from '../posts'

export const myPartyReport = actionsOf<'station'>(stationContract).station('myPartyReport', {
  access: 'member',
  async run(ctx) {
    const [report] = await ctx.db.partyReports.find({ memberId: ctx.member!._id }, { limit: 1 })
    return report ? toReportView(report, await postName(ctx.db, report.postId)) : null
  },
})
