/**
 * Notices at 馨安: from both building heads (张桂兰 to 1栋/2栋, 王德明 to 3栋/4栋) and from the
 * station, read by some households (王奶奶's through her son, 由王建国代读), opened from the two
 * bound building group chats, one already expired. The audience of each is worked out from the
 * station's verified households, as posting does; the figures are counted from these records
 * after seeding (rebuildCounters). Times are relative to `now`, so the demo always looks current.
 */
import type { HouseholdDoc, MemberDoc } from '../../types/entities'
import type {
  NoticeAudienceDoc,
  NoticeCategory,
  NoticeDoc,
  NoticeGroupDoc,
  NoticeReadDoc,
  NoticeReader,
  NoticeUrgency,
  NoticeVisitDoc,
  TargetBuilding,
} from '../../types/notice'
import { audienceId, readId, shardsFor } from '../../types/notice/layout'
import { localOpenGroupId } from '../openapi/openData'
import { DAY } from './build'
import type { SeedSet } from './types'
import { XINAN_ID } from './xinan'

const HOUR = 3600 * 1000
const NEVER = new Date('2100-01-01T00:00:00Z')

/** The stand-in group names a card carries locally (`?group=xinan-1` → cloudID `local-group:xinan-1`). */
export const XINAN_GROUPS = { head1: 'xinan-1', head2: 'xinan-3' } as const

interface Spec {
  id: string
  author: string
  title: string
  body: string
  category: NoticeCategory
  urgency: NoticeUrgency
  pinned: boolean
  /** null: the whole station. */
  buildings: TargetBuilding[] | null
  label: string
  hoursAgo: number
  /** Days after posting it stops showing (null: until withdrawn). */
  days: number | null
  /** Who opened it: member id, hours after posting, the stand-in's member id, the group it came from. */
  reads: [string, number, string?, string?][]
}

const G1 = 'ng-xinan-1'
const G3 = 'ng-xinan-3'

const SPECS: Spec[] = [
  {
    id: 'nt-xinan-water',
    author: 'mb-xa-head',
    title: '周日8:00-14:00全小区停水',
    body: '因市政供水管道检修，本周日8:00至14:00全小区停水。请提前储水，关好水龙头，来水初期水质浑浊请放水几分钟再用。独居老人家中如需送水，请联系楼长或到驿站登记。',
    category: 'outage',
    urgency: 'urgent',
    pinned: true,
    buildings: null,
    label: '全体住户',
    hoursAgo: 20,
    days: 4,
    reads: [
      ['mb-xa-head', 0],
      ['mb-xa-res1', 1],
      ['mb-xa-bh1', 2],
      ['mb-xa-elder', 3, 'mb-xa-proxy'],
      ['mb-xa-vol1', 5],
      ['mb-xa-res4', 6],
      ['mb-xa-bh2', 8],
    ],
  },
  {
    id: 'nt-xinan-corridor',
    author: 'mb-xa-bh1',
    title: '楼道杂物请在周五前清理',
    body: '消防检查就在下周一。请1栋、2栋的邻居在本周五前把楼道里的纸箱、旧家具和电瓶车清走，需要帮忙搬运的请在群里说一声，志愿者来帮忙。',
    category: 'safety',
    urgency: 'important',
    pinned: false,
    buildings: [
      { buildingId: 'bd-xinan-1', units: [] },
      { buildingId: 'bd-xinan-2', units: [] },
    ],
    label: '1栋、2栋',
    hoursAgo: 50,
    days: 7,
    reads: [
      ['mb-xa-bh1', 0],
      ['mb-xa-res1', 1, undefined, G1],
      ['mb-xa-res2', 2, undefined, G1],
      ['mb-xa-party1', 9],
      ['mb-xa-res3', 26],
    ],
  },
  {
    id: 'nt-xinan-meeting',
    author: 'mb-xa-bh2',
    title: '周六下午楼栋议事会',
    body: '本周六14:30在驿站议事厅开3栋、4栋楼栋议事会，议题：电梯加装意见征集、非机动车停放。欢迎每户派一位代表参加。',
    category: 'activity',
    urgency: 'normal',
    pinned: false,
    buildings: [
      { buildingId: 'bd-xinan-3', units: [] },
      { buildingId: 'bd-xinan-4', units: [] },
    ],
    label: '3栋、4栋',
    hoursAgo: 30,
    days: 5,
    reads: [
      ['mb-xa-bh2', 0],
      ['mb-xa-res4', 3, undefined, G3],
      ['mb-xa-res5', 7, undefined, G3],
    ],
  },
  {
    id: 'nt-xinan-lift-fund',
    author: 'mb-xa-bh1',
    title: '2单元电梯维修基金缴费提醒',
    body: '1栋2单元电梯大修费用已经业主表决通过，请各户在月底前到物业服务中心缴纳分摊款，可刷卡或微信支付。',
    category: 'fee',
    urgency: 'normal',
    pinned: false,
    buildings: [{ buildingId: 'bd-xinan-1', units: [2] }],
    label: '1栋2单元',
    hoursAgo: 120,
    days: 20,
    reads: [['mb-xa-party1', 4]],
  },
  {
    id: 'nt-xinan-flu',
    author: 'mb-xa-head',
    title: '流感疫苗接种登记（已结束）',
    body: '社区卫生服务站为60岁以上老人免费接种流感疫苗，已于上月完成登记。',
    category: 'other',
    urgency: 'normal',
    pinned: false,
    buildings: null,
    label: '全体住户',
    hoursAgo: 24 * 30,
    days: 10,
    reads: [
      ['mb-xa-head', 0],
      ['mb-xa-res1', 3],
      ['mb-xa-elder', 20, 'mb-xa-proxy'],
    ],
  },
]

export function xinanNoticeSeed(now: Date, base: SeedSet): SeedSet {
  const members = new Map((base.members ?? []).map((m) => [m._id, m]))
  const households = new Map((base.households ?? []).map((h) => [h._id, h]))
  const titles: Record<string, string> = { 'mb-xa-head': '站长', 'mb-xa-bh1': '楼长', 'mb-xa-bh2': '楼长' }
  const notices: NoticeDoc[] = []
  const audience: NoticeAudienceDoc[] = []
  const reads: NoticeReadDoc[] = []
  for (const spec of SPECS) {
    const at = new Date(now.getTime() - spec.hoursAgo * HOUR)
    const reached = reachedHouseholds(spec, base)
    const byBuilding = new Map<string, HouseholdDoc[]>()
    for (const h of reached) byBuilding.set(h.buildingId, [...(byBuilding.get(h.buildingId) ?? []), h])
    for (const [buildingId, list] of byBuilding)
      audience.push({
        _id: audienceId(spec.id, buildingId),
        stationId: XINAN_ID,
        noticeId: spec.id,
        buildingId,
        households: list.map((h) => ({ id: h._id, unit: h.unit })),
        createdAt: at,
      })
    reads.push(...readsOf(spec, at, members, households))
    notices.push(
      noticeOf(
        spec,
        at,
        members.get(spec.author)!,
        titles[spec.author],
        reached.length,
        byBuilding.size,
        base,
      ),
    )
  }
  return {
    notices,
    noticeAudience: audience,
    noticeReads: reads,
    noticeGroups: groups(now),
    noticeVisits: visits(now),
  }
}

/** Households with a verified member, in the notice's target: the audience posting would fix. */
function reachedHouseholds(spec: Spec, base: SeedSet): HouseholdDoc[] {
  const verified = new Set(
    (base.members ?? []).filter((m) => m.status === 'verified' && m.householdId).map((m) => m.householdId!),
  )
  return (base.households ?? []).filter((h) => {
    if (!verified.has(h._id)) return false
    if (!spec.buildings) return true
    const tb = spec.buildings.find((b) => b.buildingId === h.buildingId)
    return !!tb && (tb.units.length === 0 || tb.units.includes(h.unit))
  })
}

function readsOf(
  spec: Spec,
  posted: Date,
  members: Map<string, MemberDoc>,
  households: Map<string, HouseholdDoc>,
): NoticeReadDoc[] {
  const byHousehold = new Map<string, NoticeReadDoc>()
  for (const [memberId, after, standInId, groupId] of spec.reads) {
    const m = members.get(memberId)!
    const standIn = standInId ? members.get(standInId)! : null
    const reader: NoticeReader = {
      memberId,
      name: m.name,
      at: new Date(posted.getTime() + after * HOUR),
      byId: standIn?._id ?? null,
      byName: standIn?.name ?? null,
      groupId: groupId ?? null,
    }
    const doc = byHousehold.get(m.householdId!)
    if (doc) doc.readers.push(reader)
    else
      byHousehold.set(m.householdId!, {
        _id: readId(spec.id, m.householdId!),
        stationId: XINAN_ID,
        noticeId: spec.id,
        householdId: m.householdId!,
        buildingId: m.buildingId!,
        unit: households.get(m.householdId!)!.unit,
        late: false,
        readers: [reader],
        firstReadAt: reader.at,
      })
  }
  return [...byHousehold.values()]
}

function noticeOf(
  spec: Spec,
  at: Date,
  author: MemberDoc,
  authorTitle: string,
  households: number,
  buildings: number,
  base: SeedSet,
): NoticeDoc {
  const expiresAt = spec.days === null ? null : new Date(at.getTime() + spec.days * DAY)
  const targetBuildings = spec.buildings ?? []
  return {
    _id: spec.id,
    stationId: XINAN_ID,
    title: spec.title,
    body: spec.body,
    category: spec.category,
    urgency: spec.urgency,
    images: [],
    pinned: spec.pinned,
    target: { all: !spec.buildings, buildings: targetBuildings },
    scopeKeys: spec.buildings
      ? targetBuildings.flatMap((tb) =>
          tb.units.length ? tb.units.map((u) => `${tb.buildingId}#${u}`) : [tb.buildingId],
        )
      : ['*'],
    buildingIds: spec.buildings
      ? targetBuildings.map((tb) => tb.buildingId)
      : (base.buildings ?? []).map((b) => b._id),
    targetLabel: spec.label,
    authorId: author._id,
    authorName: author.name,
    authorTitle,
    status: 'published',
    review: false,
    expiresAt,
    visibleUntil: expiresAt ?? NEVER,
    shards: shardsFor(spec.buildings ? targetBuildings.length : (base.buildings ?? []).length),
    audience: { households, buildings },
    delivery: { sent: 0, noConsent: 0, failed: 0, offline: 0, cursor: '', done: true },
    reminders: {},
    createdAt: at,
    updatedAt: at,
    withdrawnAt: null,
    withdrawnBy: null,
  }
}

/** One bound group per building head: 张桂兰's 1栋 group, 王德明's 3栋 group. */
function groups(now: Date): NoticeGroupDoc[] {
  const bound = (
    id: string,
    local: string,
    name: string,
    buildingId: string,
    buildingName: string,
    by: [string, string],
  ) => ({
    _id: id,
    stationId: XINAN_ID,
    openGId: localOpenGroupId(local),
    buildingId,
    buildingName,
    name,
    boundById: by[0],
    boundByName: by[1],
    boundAt: new Date(now.getTime() - 60 * DAY),
  })
  return [
    bound(G1, XINAN_GROUPS.head1, '1栋邻里群', 'bd-xinan-1', '1栋', ['mb-xa-bh1', '张桂兰']),
    bound(G3, XINAN_GROUPS.head2, '3栋住户群', 'bd-xinan-3', '3栋', ['mb-xa-bh2', '王德明']),
  ]
}

/** Two neighbours not registered yet opened 张桂兰's notice from the 1栋 group. */
function visits(now: Date): NoticeVisitDoc[] {
  return [1, 2].map((n) => ({
    _id: `nv-xinan-corridor-${n}`,
    stationId: XINAN_ID,
    noticeId: 'nt-xinan-corridor',
    visitor: `seed-visitor-${n}`,
    groupId: G1,
    at: new Date(now.getTime() - (40 - n) * HOUR),
  }))
}
