import type { TopicDoc } from '../../../types/forum/entities'
import { forumContract } from '../../../types/forum'
import { raisedTopic } from '../../../types/forum/raised'
import { isAnonymousUpload, parseStoragePath, splitFileId } from '../../../types/storage-paths'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { bump } from '../../_kernel/counters'
import { conflict, invalid, isDuplicateKey } from '../../_kernel/errors'
import { replace } from '../../_kernel/storage'
import { chinaDate } from '../../_kernel/time'
import { checkImages, checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { viewerOf } from '../access'
import { topicChanges } from '../counters'
import { derivedId } from '../../../types/forum/ids'
import { detailOf } from '../topics'

/**
 * A verified resident (or their stand-in) raises a topic: title, body, category, the building it is
 * about, up to 9 images, optionally anonymous toward other residents. Text is checked before
 * anything is stored (CONTENT_REJECTED names the field), images are accepted by the storage kernel
 * and sent for WeChat's image check. The id comes from the author, the day and the text, so a
 * repeated call (a flaky network) answers the topic the first one made.
 */
export const raiseTopic = actionsOf<'forum'>(forumContract).station('raiseTopic', {
  access: 'verified',
  proxy: true,
  label: '提出议题',
  async run(ctx, input) {
    const member = ctx.member!
    const building = input.buildingId ? await ctx.db.buildings.byId(input.buildingId) : null
    if (input.buildingId && !building) throw invalid('buildingId', '选择的楼栋不存在，请重新选择')
    if (input.anonymous) requireAnonymousUploads(ctx.openid, input.images)
    const { review } = await checkTexts(
      ctx,
      [
        { field: 'title', text: input.title },
        { field: 'body', text: input.body },
      ],
      SCENE.forum,
    )
    const id = derivedId('tp', member._id, chinaDate(ctx.now), input.title, input.body)
    const doc = raisedTopic(
      {
        _id: id,
        stationId: ctx.station._id,
        title: input.title,
        body: input.body,
        category: input.category,
        buildingId: building?._id ?? null,
        buildingName: building?.name ?? '全小区',
        images: input.images,
        anonymous: input.anonymous,
        authorId: member._id,
        authorName: member.name,
        raisedById: ctx.actor!._id,
        review,
      },
      ctx.now,
    )
    const item = { kind: 'topic' as const, itemType: 'topic', itemId: id }
    const saved = await replace(ctx, input.images, item, () => store(ctx, doc))
    if (saved === doc && input.images.length)
      await checkImages(
        ctx,
        await ctx.db.files.find({ itemType: 'topic', itemId: id }, { limit: 20 }),
        SCENE.forum,
      )
    return detailOf(ctx, saved, viewerOf(ctx))
  },
})

/**
 * An anonymous topic's images must come from anonymous folders: an image in the author's own
 * folder carries the same owner key in its URL as their signed posts, which would name them.
 */
function requireAnonymousUploads(openid: string, fileIDs: string[]) {
  fileIDs.forEach((fileID, i) => {
    const path = parseStoragePath(splitFileId(fileID)?.cloudPath ?? '')
    if (path && !isAnonymousUpload(path, openid))
      throw invalid(`images.${i}`, `第${i + 1}张图片不是匿名上传的，请重新选择图片`)
  })
}

/** The topic and its figures in one transaction; a repeat of the same call answers the first topic. */
async function store(ctx: StationCtx, doc: TopicDoc): Promise<TopicDoc> {
  try {
    await ctx.transaction(async (tx) => {
      const { stationId: _s, ...fields } = doc
      await tx.insert('topics', fields)
      await bump(tx, topicChanges(null, doc))
    })
    return doc
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    const first = await ctx.db.topics.byId(doc._id)
    if (!first) throw err
    // The same words with other images: not a repeat, and the first topic's images must stay.
    if (first.images.join() !== doc.images.join())
      throw conflict('您今天已经提过内容相同的议题，请在原议题里补充')
    return first
  }
}
