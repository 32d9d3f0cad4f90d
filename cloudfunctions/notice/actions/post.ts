import type { ParsedInputOf } from '../../../types/api'
import type { GrantedRole } from '../../../types/entities'
import { ROLE_LABELS } from '../../../types/labels'
import { NOTICE_LIMITS } from '../../../types/limits'
import { noticeContract } from '../../../types/notice'
import type { NoticeDoc, PostResult } from '../../../types/notice'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { invalid, isDuplicateKey } from '../../_kernel/errors'
import { replace, urlsFor } from '../../_kernel/storage'
import { checkImages, checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { chinaDate, chinaDayEnd } from '../../_kernel/time'
import { MANAGER_ROLES } from '../access'
import { computeAudience, writeAudience } from '../audience'
import { shardsFor } from '../counters'
import { deliverBatch, emptyTally } from '../delivery'
import { noticeIdOf } from '../ids'
import { recordRead } from '../reads'
import { reachesMember, resolveTarget } from '../target'
import { shareCard } from '../views'

type Input = ParsedInputOf<'notice', 'post'>

/** Shown far in the future for a notice without an end day: lists ask `visibleUntil > now`. */
const NEVER = new Date('2100-01-01T00:00:00Z')

/**
 * A building head posts to the buildings they head, staff to the whole station or any buildings
 * and units. Text is checked before anything is written; the audience (households with a verified
 * member now) is fixed and counted; then the notice appears, and residents who subscribed to its
 * category get a message. Posting again with the same form token answers the same notice.
 */
export const post = actionsOf<'notice'>(noticeContract).station('post', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, input) {
    const noticeId = noticeIdOf(ctx.station._id, ctx.member!._id, input.clientToken)
    const earlier = await ctx.db.notices.byId(noticeId)
    if (earlier) return resultOf(ctx, earlier)
    const resolved = await resolveTarget(ctx, input.target)
    const expiresAt = expiryOf(ctx, input.expiresOn)
    const { review } = await checkTexts(
      ctx,
      [
        { field: 'title', text: input.title },
        { field: 'body', text: input.body },
      ],
      SCENE.forum,
    )
    const audience = await computeAudience(ctx, resolved)
    const spec = { kind: 'notice' as const, itemType: 'notice', itemId: noticeId }
    const notice = await replace(ctx, input.images, spec, async () => {
      const households = await writeAudience(ctx, noticeId, audience)
      const doc: NoticeDoc = {
        _id: noticeId,
        stationId: ctx.station._id,
        title: input.title,
        body: input.body,
        category: input.category,
        urgency: input.urgency,
        images: input.images,
        pinned: input.pinned,
        target: resolved.target,
        scopeKeys: resolved.scopeKeys,
        buildingIds: resolved.buildings.map((b) => b._id),
        targetLabel: resolved.label,
        authorId: ctx.member!._id,
        authorName: ctx.member!.name,
        authorTitle: titleOf(ctx.member!.roles),
        status: 'published',
        review,
        expiresAt,
        visibleUntil: expiresAt ?? NEVER,
        shards: shardsFor(resolved.buildings.length),
        audience: { households, buildings: [...audience.values()].filter((h) => h.length).length },
        delivery: { ...emptyTally(), cursor: '', done: false },
        reminders: {},
        createdAt: ctx.now,
        updatedAt: ctx.now,
        withdrawnAt: null,
        withdrawnBy: null,
      }
      return insertOnce(ctx, doc)
    })
    await afterPost(ctx, notice, input)
    return resultOf(ctx, notice, await deliverBatch(ctx, notice))
  },
})

/** The end of the chosen day in China; not before today, not more than a year ahead. */
function expiryOf(ctx: StationCtx, day: string | undefined): Date | null {
  if (!day) return null
  const today = chinaDate(ctx.now)
  if (day < today) throw invalid('expiresOn', '「有效期至」不能早于今天')
  const latest = chinaDate(new Date(ctx.now.getTime() + NOTICE_LIMITS.expiresWithinDays * 24 * 3600 * 1000))
  if (day > latest) throw invalid('expiresOn', `「有效期至」最多选${NOTICE_LIMITS.expiresWithinDays}天以内`)
  return chinaDayEnd(day)
}

/** 站长 before 副站长 before 工作人员 before 楼长: the title residents read under the notice. */
function titleOf(roles: GrantedRole[]): string {
  const order: GrantedRole[] = ['stationHead', 'deputyHead', 'staff', 'buildingHead']
  const role = order.find((r) => roles.includes(r))
  return role ? ROLE_LABELS[role] : ''
}

/** Two identical posts racing: the second finds the first's notice. */
async function insertOnce(ctx: StationCtx, doc: NoticeDoc): Promise<NoticeDoc> {
  try {
    const { stationId: _s, ...fields } = doc
    return await ctx.db.notices.insert(fields)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    return (await ctx.db.notices.byId(doc._id))!
  }
}

async function afterPost(ctx: StationCtx, notice: NoticeDoc, input: Input) {
  if (input.images.length) {
    const files = await ctx.db.files.find({ itemType: 'notice', itemId: notice._id }, { limit: 20 })
    await checkImages(ctx, files, SCENE.forum)
  }
  // The author has read what they wrote: their own household is not left on the unread list.
  const author = ctx.member!
  if (author.householdId && (await reachesMember(ctx, notice, author)))
    await recordRead(ctx, notice, { member: author, standIn: null, groupId: null })
  await ctx.audit({
    action: 'notice.post',
    targetType: 'notice',
    targetId: notice._id,
    summary: `发布通知「${notice.title}」给${notice.targetLabel}（${notice.audience.households}户）`,
  })
}

async function resultOf(
  ctx: StationCtx,
  notice: NoticeDoc,
  delivery: PostResult['delivery'] = { ...notice.delivery, done: notice.delivery.done },
): Promise<PostResult> {
  const [cover] = notice.images.length ? await urlsFor(ctx, notice.images.slice(0, 1)) : ['']
  return {
    noticeId: notice._id,
    audience: notice.audience.households,
    delivery: {
      sent: delivery.sent,
      noConsent: delivery.noConsent,
      failed: delivery.failed,
      offline: delivery.offline,
      done: delivery.done,
    },
    share: shareCard(ctx.station, notice, cover ?? ''),
  }
}
