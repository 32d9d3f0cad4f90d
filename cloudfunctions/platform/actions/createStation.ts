import type { AuditDoc, ClaimTokenDoc, StationDoc } from '../../../types/entities'
import { platformContract } from '../../../types/platform'
import { actionsOf } from '../../_kernel/action'
import { conflict, isDuplicateKey } from '../../_kernel/errors'
import { newId, newToken } from '../../_kernel/ids'
import { globalCollection } from '../../_kernel/repo'
import { checkAdminToken } from '../../_kernel/adminToken'

const CLAIM_DAYS = 7

/** Creates a station and a one-time token its first 站长 uses to claim the role in the app. */
export const createStation = actionsOf<'platform'>(platformContract).global('createStation', {
  identity: 'none',
  async run(ctx, input) {
    checkAdminToken(input.adminToken)
    const stationId = newId()
    const station: StationDoc = {
      _id: stationId,
      code: input.code,
      name: input.name,
      address: input.address,
      openingHours: '',
      services: [],
      rooms: [],
      team: [{ name: input.headName, post: 'stationHead', title: '站长' }],
      intro: '',
      community: input.community,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }
    try {
      await globalCollection('stations').insert(station)
    } catch (err) {
      if (isDuplicateKey(err)) throw conflict(`驿站编号 ${input.code} 已被使用，请换一个`)
      throw err
    }
    const expiresAt = new Date(ctx.now.getTime() + CLAIM_DAYS * 24 * 3600 * 1000)
    const token: ClaimTokenDoc = {
      _id: newId(),
      stationId,
      token: newToken(8),
      role: 'stationHead',
      name: input.headName,
      expiresAt,
      usedBy: null,
      usedAt: null,
      createdAt: ctx.now,
    }
    await globalCollection('claimTokens').insert(token)
    const audit: Omit<AuditDoc, '_id'> = {
      stationId,
      actorId: null,
      actorName: '平台管理员',
      onBehalfOf: null,
      action: 'platform.createStation',
      targetType: 'station',
      targetId: stationId,
      summary: `开通驿站「${input.name}」（编号 ${input.code}），生成站长认领码，${CLAIM_DAYS}天内有效`,
      at: ctx.now,
    }
    await globalCollection('auditLog').insert(audit)
    return {
      stationId,
      code: input.code,
      headClaimToken: token.token,
      claimExpiresAt: expiresAt.toISOString(),
    }
  },
})
