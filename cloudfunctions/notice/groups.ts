/**
 * Building group chats. A card opened inside a group chat hands the app a cloudID
 * (`wx.getGroupEnterInfo`); the function turns it into the group's stable openGId
 * (_kernel/wechat/groups.ts). A bound group counts the people who opened a notice from it; an
 * unbound one is offered to a building head to bind to one of their buildings.
 */
import type { NoticeDoc, NoticeGroupDoc, GroupEntry, BoundGroup } from '../../types/notice'
import { buildingScope, inScope } from '../../types/station/scope'
import type { StationCtx } from '../_kernel/action'
import { AppError } from '../_kernel/errors'
import { inList } from '../_kernel/query'
import { openGroupId } from '../_kernel/wechat/groups'
import { MANAGER_ROLES } from './access'
import { stationBuildings } from './target'

/** The bound group a card was opened in (null when there is none or WeChat could not tell). */
export async function groupOfCard(
  ctx: StationCtx,
  cloudID: string | undefined,
): Promise<{ openGId: string; group: NoticeGroupDoc | null } | null> {
  if (!cloudID) return null
  let openGId: string
  try {
    openGId = await openGroupId(cloudID, 'groupCloudID')
  } catch (err) {
    // The notice still opens; only the group cannot be counted.
    if (err instanceof AppError) return null
    throw err
  }
  return { openGId, group: await ctx.db.noticeGroups.findOne({ openGId }) }
}

/** What the notice page says about the group: bound (to which building), or bindable by this head. */
export async function groupEntry(
  ctx: StationCtx,
  notice: Pick<NoticeDoc, 'buildingIds'>,
  card: { group: NoticeGroupDoc | null } | null,
): Promise<GroupEntry | null> {
  if (!card) return null
  if (card.group)
    return {
      status: 'bound',
      groupId: card.group._id,
      name: card.group.name,
      buildingName: card.group.buildingName,
    }
  if (!MANAGER_ROLES.some((r) => ctx.roles.has(r))) return null
  const scope = buildingScope(ctx.member, ctx.roles)
  const all = await stationBuildings(ctx)
  // The notice's own buildings first: the group it was shared to is most likely one of them.
  const mine = all.filter((b) => inScope(scope, b._id))
  const ordered = [
    ...mine.filter((b) => notice.buildingIds.includes(b._id)),
    ...mine.filter((b) => !notice.buildingIds.includes(b._id)),
  ]
  return { status: 'unbound', buildings: ordered.map((b) => ({ buildingId: b._id, name: b.name })) }
}

export function toBoundGroup(g: NoticeGroupDoc): BoundGroup {
  return {
    groupId: g._id,
    name: g.name,
    buildingId: g.buildingId,
    buildingName: g.buildingName,
    boundByName: g.boundByName,
    boundAt: new Date(g.boundAt).toISOString(),
  }
}

/** Bound groups of these buildings. */
export async function groupsOf(ctx: StationCtx, buildingIds: string[] | 'all'): Promise<NoticeGroupDoc[]> {
  const filter = buildingIds === 'all' ? {} : { buildingId: inList(buildingIds) }
  return ctx.db.noticeGroups.findAll(filter, [['boundAt', 'asc']], 5000)
}
