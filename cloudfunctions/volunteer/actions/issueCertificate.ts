import { volunteerContract } from '../../../types/volunteer'
import type { CertificateDoc } from '../../../types/volunteer/entities'
import { actionsOf } from '../../_kernel/action'
import { AppError, isDuplicateKey } from '../../_kernel/errors'
import { certifiedFigures, toCertificate } from '../certificates'
import { certificateId, certificateNumber } from '../ids'
import { monthOf } from '../rules'

/**
 * 志愿服务时长证明: my confirmed hours over a period, issued by the station under a unique
 * number that staff can look up. The same figures for the same period answer the same
 * certificate; changed figures (an approved correction) get a new number.
 */
export const issueCertificate = actionsOf<'volunteer'>(volunteerContract).station('issueCertificate', {
  access: 'verified',
  async run(ctx, { from, to }) {
    const me = ctx.member!
    const { minutes, attendances } = await certifiedFigures(ctx.db, me._id, from, to)
    if (attendances === 0) throw new AppError('NOT_FOUND', '这段时间还没有已确认的志愿服务时长')
    const content = `${me._id}|${from}|${to}|${minutes}|${attendances}`
    const id = certificateId(ctx.station._id, content)
    const earlier = await ctx.db.certificates.byId(id)
    if (earlier) return toCertificate(earlier)
    const doc: CertificateDoc = {
      _id: id,
      stationId: ctx.station._id,
      number: certificateNumber(ctx.station.code, monthOf(ctx.now), `${ctx.station._id}|${content}`),
      memberId: me._id,
      memberName: me.name,
      from,
      to,
      minutes,
      attendances,
      stationName: ctx.station.name,
      issuedAt: ctx.now,
    }
    try {
      await ctx.db.certificates.insert(doc)
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
      const raced = await ctx.db.certificates.byId(id)
      if (raced) return toCertificate(raced)
      throw err
    }
    return toCertificate(doc)
  },
})
