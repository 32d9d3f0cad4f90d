import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid, isDuplicateKey } from '../../_kernel/errors'
import { postName, toReportView } from '../posts'

/**
 * 在职党员报到: a verified member reports their work unit and party organisation and may claim a
 * service post. Reporting again updates the same record.
 */
export const submitPartyReport = actionsOf<'station'>(stationContract).station('submitPartyReport', {
  access: 'verified',
  async run(ctx, { workUnit, partyOrg, postId }) {
    const member = ctx.member!
    if (postId) {
      const post = await ctx.db.servicePosts.byId(postId)
      if (!post || !post.active) throw invalid('postId', '这个服务岗位不存在或已停用，请重新选择')
    }
    const fields = {
      name: member.name,
      workUnit,
      partyOrg,
      postId,
      buildingId: member.buildingId,
      updatedAt: ctx.now,
    }
    const [existing] = await ctx.db.partyReports.find({ memberId: member._id }, { limit: 1 })
    if (existing) await ctx.db.partyReports.updateById(existing._id, fields)
    else await insertOnce(ctx, { ...fields, memberId: member._id, reportedAt: ctx.now })
    if (!member.isPartyMember)
      await ctx.db.members.updateById(member._id, { isPartyMember: true, updatedAt: ctx.now })
    const [saved] = await ctx.db.partyReports.find({ memberId: member._id }, { limit: 1 })
    await ctx.audit({
      action: 'station.partyReport',
      targetType: 'partyReport',
      targetId: saved._id,
      summary: `${member.name} ${existing ? '更新' : '完成'}在职党员报到`,
    })
    return toReportView(saved, await postName(ctx.db, saved.postId))
  },
})

async function insertOnce(
  ctx: Parameters<typeof submitPartyReport.run>[0],
  doc: Parameters<typeof ctx.db.partyReports.insert>[0],
) {
  try {
    await ctx.db.partyReports.insert(doc)
  } catch (err) {
    // A double tap: the first report won, which is the same report.
    if (!isDuplicateKey(err)) throw err
  }
}
