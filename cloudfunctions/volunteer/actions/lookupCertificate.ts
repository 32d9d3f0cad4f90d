import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'
import { certifiedFigures, toCertificate } from '../certificates'

/**
 * Staff check a certificate someone shows them: found by its number at this station, with
 * whether the figure still matches the confirmed record. Audited.
 */
export const lookupCertificate = actionsOf<'volunteer'>(volunteerContract).station('lookupCertificate', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { number }) {
    const cert = await ctx.db.certificates.findOne({ number })
    if (!cert) throw notFound('本驿站没有开具过这个编号的证明')
    const now = await certifiedFigures(ctx.db, cert.memberId, cert.from, cert.to)
    await ctx.audit({
      action: 'volunteer.lookupCertificate',
      targetType: 'certificate',
      targetId: cert._id,
      summary: `核验了证明 ${cert.number}（${cert.memberName}）`,
    })
    return toCertificate(cert, now.minutes === cert.minutes && now.attendances === cert.attendances)
  },
})
