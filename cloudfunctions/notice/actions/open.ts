import { noticeContract } from '../../../types/notice'
import type { NoticeDoc, NoticeView, NoticeViewer, ReadState } from '../../../types/notice'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { AppError, notFound } from '../../_kernel/errors'
import { urlsFor } from '../../_kernel/storage'
import { canManage, viewerOf } from '../access'
import { groupEntry, groupOfCard } from '../groups'
import { recordRead, recordVisit } from '../reads'
import { isExpired, shareCard, toCard } from '../views'

const CROWDED = '这会儿看的人太多，已读没有记上，稍后再打开一次就会记上'

const NOTES: Record<NoticeViewer, string> = {
  resident: '',
  manager: '',
  pending: '您的登记审核通过后，打开通知才会计入您家的已读',
  guest: '登记并通过楼长审核后，您家打开通知才会计入已读',
}

/**
 * Opens a notice, from the list, a subscription message or a card shared into a group chat.
 * A verified resident it was posted to is counted as read — once, however often they open it;
 * a stand-in (代办) opening it for someone counts the read as theirs, visibly. Anyone else who
 * holds the card may read it (and is invited to register); they are counted once as a visitor.
 * A resident it was not posted to learns nothing: the answer is the same as for a missing notice.
 */
export const open = actionsOf<'notice'>(noticeContract).station('open', {
  access: 'guest',
  proxy: true,
  label: '查看通知',
  async run(ctx, { noticeId, groupCloudID }) {
    const notice = await ctx.db.notices.byId(noticeId)
    const viewer = notice ? await viewerOf(ctx, notice) : null
    if (!notice || !viewer) throw notFound('没有找到这条通知，它可能已撤回，或不是发给您所在楼栋的')
    const card = await groupOfCard(ctx, groupCloudID)
    const groupId = card?.group?._id ?? null
    const readState = await countOpen(ctx, notice, viewer, groupId)
    const images = notice.images.length ? await urlsFor(ctx, notice.images) : []
    const view: NoticeView = {
      ...toCard(notice, readState.counted),
      body: notice.body,
      images: images.filter(Boolean),
      expired: isExpired(notice, ctx.now),
      withdrawn: notice.status === 'withdrawn',
      viewer,
      readState,
      group: await groupEntry(ctx, notice, card),
      canManage: canManage(ctx, notice),
      share: shareCard(ctx.station, notice, images.find(Boolean) ?? ''),
    }
    return view
  },
})

async function countOpen(
  ctx: StationCtx,
  notice: NoticeDoc,
  viewer: NoticeViewer,
  groupId: string | null,
): Promise<ReadState> {
  if (viewer === 'resident') {
    try {
      const { entry } = await recordRead(ctx, notice, {
        member: ctx.member!,
        standIn: ctx.proxy ? ctx.actor : null,
        groupId,
      })
      return { counted: true, at: new Date(entry.at).toISOString(), byName: entry.byName, note: '' }
    } catch (err) {
      // The notice matters more than its receipt: a crowd at one moment still gets to read it.
      if (!(err instanceof AppError && err.code === 'RATE_LIMITED')) throw err
      return { counted: false, at: null, byName: null, note: CROWDED }
    }
  }
  if (viewer === 'guest' || viewer === 'pending') await recordVisit(ctx, notice, groupId)
  return { counted: false, at: null, byName: null, note: NOTES[viewer] }
}
