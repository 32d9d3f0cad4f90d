import { stationContract } from '../../../types/station'
import type { PosterView } from '../../../types/station'
import type { QrCodeDoc } from '../../../types/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { database, openapi } from '../../_kernel/cloud'
import { AppError, isDuplicateKey } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'
import { detach, storeGenerated, urlsFor } from '../../_kernel/storage'

export const ENTRY_PAGE = 'pages/entry/index'

type NewQrCode = Omit<QrCodeDoc, '_id' | 'stationId'>

/**
 * The station's printable QR. Generated once by `wxacode.getUnlimited` (rate-limited, so the
 * image is kept in cloud storage) with scene `s=<code>`; staff may regenerate it, which deletes
 * the old image. Answers a temporary URL for the image, never the image itself.
 */
export const poster = actionsOf<'station'>(stationContract).station('poster', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { refresh }) {
    const scene = `s=${ctx.station.code}`
    const stored = await ctx.db.qrcodes.findOne({ scene })
    if (stored && !refresh) {
      const [imageUrl] = await urlsFor(ctx, [stored.fileID])
      if (imageUrl) return view(ctx, stored, imageUrl)
      // Its file is gone (or the record predates cloud storage): draw it again.
    }
    const item = { itemType: 'qrcode', itemId: scene }
    const file = await storeGenerated(ctx, await generate(scene), { kind: 'poster', ...item })
    const saved = await save(ctx, stored, {
      scene,
      page: ENTRY_PAGE,
      fileID: file.fileID,
      createdAt: ctx.now,
    })
    // Whoever lost a race to save drops their own image here; the winner drops the old one.
    await detach(ctx, item, [saved.fileID])
    if (saved.fileID === file.fileID)
      await ctx.audit({
        action: 'station.poster',
        targetType: 'station',
        targetId: ctx.station._id,
        summary: '生成了驿站二维码',
      })
    const [imageUrl] = await urlsFor(ctx, [saved.fileID])
    return view(ctx, saved, imageUrl)
  },
})

function view(ctx: StationCtx, qr: NewQrCode, imageUrl: string): PosterView {
  return {
    stationName: ctx.station.name,
    address: ctx.station.address,
    scene: qr.scene,
    page: qr.page,
    imageUrl,
    generatedAt: new Date(qr.createdAt).toISOString(),
  }
}

/**
 * Saves the new QR only over the record this call read (compare and set), so two staff
 * regenerating at once cannot both win; the loser answers the winner's record.
 */
async function save(ctx: StationCtx, stored: QrCodeDoc | null, next: NewQrCode): Promise<NewQrCode> {
  const _ = database().command
  if (stored) {
    const changed = await ctx.db.qrcodes.update(
      { _id: stored._id, fileID: stored.fileID ?? _.exists(false) },
      // `image` held the PNG as base64 before cloud storage; dropped when the record is renewed.
      { ...next, image: _.remove() },
    )
    if (changed === 1) return next
  } else {
    try {
      return await ctx.db.qrcodes.insert(next)
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
    }
  }
  const current = await ctx.db.qrcodes.findOne({ scene: next.scene })
  if (!current) throw new AppError('CONFLICT', '二维码刚被别人重新生成了，请刷新后重试')
  return current
}

async function generate(scene: string): Promise<Buffer> {
  try {
    const res = await openapi().wxacode.getUnlimited({
      scene,
      page: ENTRY_PAGE,
      // Until the page is released, WeChat rejects unpublished paths unless this is off.
      checkPath: false,
      width: 430,
    })
    return Buffer.from(res.buffer)
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
