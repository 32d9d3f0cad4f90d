import type { PartyReportDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { bump } from '../../_kernel/counters'
import { invalid, isDuplicateKey } from '../../_kernel/errors'
import { partyChanges } from '../counters'
import { postName, toReportView } from '../posts'
import { derivedId } from '../proxies'

/**
 * 在职党员报到: a verified member reports their work unit and party organisation and may claim a
 * service post. Reporting again updates the same record. The report and the branch's figures
 * (station counters) change in one transaction, so the figures always match the reports.
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
    // Reports made before ids were derived keep theirs; a new one is keyed by the member.
    const id = (await ctx.db.partyReports.findOne({ memberId: member._id }))?._id ?? reportId(member._id)
    const { saved, existed } = await save(ctx, id, member._id, fields)
    if (!member.isPartyMember) await ctx.db.members.patch(member, { isPartyMember: true, updatedAt: ctx.now })
    await ctx.audit({
      action: 'station.partyReport',
      targetType: 'partyReport',
      targetId: saved._id,
      summary: `${member.name} ${existed ? '更新' : '完成'}在职党员报到`,
    })
    return toReportView(saved, await postName(ctx.db, saved.postId))
  },
})

const reportId = (memberId: string) => derivedId('pr', memberId)

type Fields = Omit<PartyReportDoc, '_id' | 'stationId' | 'memberId' | 'reportedAt'>

async function save(
  ctx: StationCtx,
  id: string,
  memberId: string,
  fields: Fields,
): Promise<{ saved: PartyReportDoc; existed: boolean }> {
  try {
    return await ctx.transaction(async (tx) => {
      const before = await tx.get('partyReports', id)
      const saved: PartyReportDoc = before
        ? { ...before, ...fields }
        : { ...fields, _id: id, stationId: ctx.station._id, memberId, reportedAt: ctx.now }
      if (before) await tx.updateRead('partyReports', id, fields)
      else await tx.insert('partyReports', { ...fields, _id: id, memberId, reportedAt: ctx.now })
      await bump(tx, partyChanges(before, saved))
      return { saved, existed: !!before }
    })
  } catch (err) {
    // A double tap: the other call's report won; this one answers with it.
    if (!isDuplicateKey(err)) throw err
    const saved = await ctx.db.partyReports.byId(id)
    if (!saved) throw err
    return { saved, existed: true }
  }
}
