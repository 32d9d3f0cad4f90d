import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { openapi } from '../../_kernel/cloud'
import { AppError } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'

export const ENTRY_PAGE = 'pages/entry/index'

/**
 * The station's printable QR. Generated once by `wxacode.getUnlimited` (rate-limited, so the
 * image is stored) with scene `s=<code>`; staff may regenerate it.
 */
export const poster = actionsOf<'station'>(stationContract).station('poster', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { refresh }) {
    const scene = `s=${ctx.station.code}`
    const [stored] = await ctx.db.qrcodes.find({ scene }, { limit: 1 })
    if (stored && !refresh) {
      return {
        stationName: ctx.station.name,
        scene,
        page: stored.page,
        image: stored.image,
        generatedAt: new Date(stored.createdAt).toISOString(),
      }
    }
    const image = await generate(scene)
    if (stored) await ctx.db.qrcodes.remove({ _id: stored._id })
    await ctx.db.qrcodes.insert({ scene, page: ENTRY_PAGE, image, createdAt: ctx.now })
    await ctx.audit({
      action: 'station.poster',
      targetType: 'station',
      targetId: ctx.station._id,
      summary: '生成了驿站二维码',
    })
    return {
      stationName: ctx.station.name,
      scene,
      page: ENTRY_PAGE,
      image,
      generatedAt: ctx.now.toISOString(),
    }
  },
})

async function generate(scene: string): Promise<string> {
  try {
    const res = await openapi().wxacode.getUnlimited({
      scene,
      page: ENTRY_PAGE,
      // Until the page is released, WeChat rejects unpublished paths unless this is off.
      checkPath: false,
      width: 430,
    })
    return Buffer.from(res.buffer).toString('base64')
  } catch (err) {
    console.error(
      JSON.stringify({
        level: 'error',
        where: 'wxacode.getUnlimited',
        error: String((err as Error)?.message ?? err),
      }),
    )
    throw new AppError('INTERNAL', '二维码生成失败，请稍后重试')
  }
}
