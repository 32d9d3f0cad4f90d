/**
 * 邻里夜话 at 馨安公寓: topics at every status (some anonymous, some with photos), replies and
 * supports, one past evening session with minutes and commitments on the public board (one done,
 * one overdue), a coming session, and the representatives of the property company, the owners'
 * committee and the community who answer. Times are relative to `now`, so a fresh start always
 * shows the forum alive; figures are counted from these records after seeding.
 */
import type { FileDoc, MemberDoc, Side } from '../../types/entities'
import type {
  ActedAs,
  CommitmentDoc,
  HandBackReason,
  Holder,
  RatingDoc,
  ReplyDoc,
  ReplyRole,
  SessionSignupDoc,
  SupportDoc,
  TalkSessionDoc,
  TimelineEntry,
  TimelineStep,
  TopicCategory,
  TopicDoc,
  TopicStatus,
} from '../../types/forum/entities'
import { ratingId, reportId, signupId, supportId } from '../../types/forum/ids'
import { termsOf } from '../../types/forum/search'
import { fileIdOf } from '../storage/file-ids'
import { DAY, member } from './build'
import { scenePng } from './png'
import type { SeedSet } from './types'
import { XINAN_ID } from './xinan'

const HOUR = 3600 * 1000

/** The representatives who answer topics for their side (三方代表). */
export function forumPeople(now: Date): MemberDoc[] {
  const rep = (id: string, openid: string, name: string, phone: string, side: Side) =>
    member(XINAN_ID, { id, openid, name, phone, roles: ['sideRep'], side, daysAgo: 200 }, now)
  return [
    rep('mb-xa-prep', 'demo-property-rep', '钱志刚', '13805710021', 'propertyCompany'),
    rep('mb-xa-crep', 'demo-committee-rep', '孙丽华', '13805710022', 'ownersCommittee'),
    rep('mb-xa-grid', 'demo-community-rep', '何丽', '13805710023', 'community'),
  ]
}

/** Names of the seeded people the topics mention (xinan.ts and forumPeople). */
const NAMES: Record<string, string> = {
  'mb-xa-res1': '刘阿姨',
  'mb-xa-res2': '陈小红',
  'mb-xa-res3': '林大伟',
  'mb-xa-res4': '黄秀英',
  'mb-xa-res5': '杨帆',
  'mb-xa-vol1': '孙晓',
  'mb-xa-party1': '吴强',
  'mb-xa-elder': '王奶奶',
  'mb-xa-proxy': '王建国',
  'mb-xa-bh1': '张桂兰',
  'mb-xa-prep': '钱志刚',
  'mb-xa-crep': '孙丽华',
  'mb-xa-grid': '何丽',
}

interface StepSpec {
  step: TimelineStep
  /** Days before now (fractions allowed). */
  ago: number
  by: ActedAs
  byName?: string
  side?: Side
  holder: Holder
  note?: string
  reasonCode?: HandBackReason
  dueIn?: number
  score?: number
}

interface TopicSpec {
  n: number
  title: string
  body: string
  category: TopicCategory
  building: number | null
  author: string
  raisedBy?: string
  anonymous?: boolean
  images?: number
  ago: number
  status: TopicStatus
  side?: Side
  dueIn?: number
  steps?: StepSpec[]
  supporters?: string[]
  ratings?: { by: string; score: number; comment: string; ago: number }[]
  replies?: { by: string; role: ReplyRole; side?: Side; body: string; ago: number; reportedBy?: string }[]
  hidden?: string
  reports?: { by: string; reason: string }[]
}

const STAFF = '李建华'
const PROPERTY = '钱志刚'
const COMMITTEE = '孙丽华'
const COMMUNITY = '何丽'

const TOPICS: TopicSpec[] = [
  {
    n: 1,
    title: '3栋2单元楼道灯坏了一个多月',
    body: '3栋2单元5楼到7楼的楼道灯坏了一个多月，晚上上下楼黑乎乎的，老人孩子容易摔跤。报修过一次还没人来修，希望尽快处理。',
    category: 'repairs',
    building: 3,
    author: 'mb-xa-res4',
    images: 2,
    ago: 1,
    status: 'submitted',
    supporters: ['mb-xa-res1', 'mb-xa-res2', 'mb-xa-vol1'],
    replies: [
      { by: 'mb-xa-res2', role: 'resident', body: '4楼也是，声控灯拍手都不亮。', ago: 0.8 },
      // Reported, waiting for staff to look at it (the moderation queue is not empty).
      {
        by: 'mb-xa-party1',
        role: 'resident',
        body: '这种小事也值得提？自己买个灯泡换上不就行了。',
        ago: 0.6,
        reportedBy: 'mb-xa-res4',
      },
    ],
  },
  {
    n: 2,
    title: '有住户把电动车推进楼道充电',
    body: '最近好几次看到有人把电动车推进楼道、从家里拉电线充电，消防通道也被堵了，很危险。希望物业加强巡查，也提醒大家用楼下的充电桩。',
    category: 'safety',
    building: 2,
    author: 'mb-xa-res3',
    anonymous: true,
    images: 1,
    ago: 0.5,
    status: 'submitted',
    supporters: ['mb-xa-res1'],
  },
  {
    n: 3,
    title: '东门外道路占道停车严重',
    body: '东门外那段路两边都停满了车，早上送孩子上学时经常堵住，救护车也进不来。能不能和交警、社区一起想想办法？',
    category: 'parking',
    building: null,
    author: 'mb-xa-party1',
    ago: 4,
    status: 'accepted',
    steps: [
      {
        step: 'accepted',
        ago: 3,
        by: 'staff',
        byName: STAFF,
        holder: 'station',
        note: '已受理，将在夜话会上讨论',
      },
    ],
    supporters: ['mb-xa-res1', 'mb-xa-res2', 'mb-xa-res3', 'mb-xa-res5', 'mb-xa-vol1'],
  },
  {
    n: 4,
    title: '垃圾分类亭夏天异味很大',
    body: '4栋旁边的垃圾分类亭清运不及时，天热时味道很大，苍蝇也多。建议增加清运次数，定期冲洗消毒。',
    category: 'sanitation',
    building: 4,
    author: 'mb-xa-res1',
    images: 3,
    ago: 9,
    status: 'assigned',
    side: 'propertyCompany',
    dueIn: 5,
    steps: [
      { step: 'accepted', ago: 8, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 7.5,
        by: 'staff',
        byName: STAFF,
        side: 'propertyCompany',
        holder: 'propertyCompany',
        dueIn: 5,
        note: '请物业制定清运和消毒计划',
      },
    ],
    supporters: ['mb-xa-res2', 'mb-xa-res4', 'mb-xa-res5'],
  },
  {
    n: 5,
    title: '5栋电梯经常停运',
    body: '5栋的电梯这个月已经停了三次，每次都要等一两天才修好。楼里有好几位行动不便的老人，希望彻底检修，别总是修修补补。',
    category: 'repairs',
    building: 5,
    author: 'mb-xa-res5',
    anonymous: true,
    ago: 20,
    status: 'inProgress',
    side: 'propertyCompany',
    dueIn: -3,
    steps: [
      { step: 'accepted', ago: 19, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 18,
        by: 'staff',
        byName: STAFF,
        side: 'propertyCompany',
        holder: 'propertyCompany',
        dueIn: -3,
      },
      {
        step: 'progress',
        ago: 10,
        by: 'side',
        byName: PROPERTY,
        side: 'propertyCompany',
        holder: 'propertyCompany',
        note: '已联系电梯维保公司全面检测，需更换主板，配件在路上',
      },
      { step: 'overdue', ago: 2.9, by: 'system', holder: 'propertyCompany' },
    ],
    supporters: ['mb-xa-res1', 'mb-xa-res2', 'mb-xa-res3', 'mb-xa-res4', 'mb-xa-vol1', 'mb-xa-party1'],
    replies: [
      { by: 'mb-xa-res5', role: 'author', body: '今天又停了，我妈只能在家等着。', ago: 5 },
      {
        by: 'mb-xa-prep',
        role: 'side',
        side: 'propertyCompany',
        body: '抱歉，主板到货后24小时内更换，更换前每天安排专人巡检。',
        ago: 4,
      },
    ],
  },
  {
    n: 6,
    title: '希望公开公共维修基金的使用情况',
    body: '去年外墙修补用了维修基金，但一直没看到明细。希望业委会把每笔支出在公告栏和小程序上公开。',
    category: 'suggestion',
    building: null,
    author: 'mb-xa-res2',
    ago: 25,
    status: 'inProgress',
    side: 'ownersCommittee',
    dueIn: 10,
    steps: [
      { step: 'accepted', ago: 24, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 23,
        by: 'staff',
        byName: STAFF,
        side: 'propertyCompany',
        holder: 'propertyCompany',
        dueIn: 5,
      },
      {
        step: 'handedBack',
        ago: 21,
        by: 'side',
        byName: PROPERTY,
        side: 'propertyCompany',
        holder: 'station',
        reasonCode: 'notOurs',
        note: '维修基金由业委会管理，物业只负责施工，请转业委会',
      },
      {
        step: 'assigned',
        ago: 20,
        by: 'staff',
        byName: STAFF,
        side: 'ownersCommittee',
        holder: 'ownersCommittee',
        dueIn: 10,
      },
      {
        step: 'progress',
        ago: 6,
        by: 'side',
        byName: COMMITTEE,
        side: 'ownersCommittee',
        holder: 'ownersCommittee',
        note: '正在整理近三年的支出明细，下月初公示',
      },
    ],
    supporters: ['mb-xa-res1', 'mb-xa-res3', 'mb-xa-party1'],
  },
  {
    n: 7,
    title: '小区缺少老年人活动的地方',
    body: '小区老人多，白天没地方坐坐聊天、下下棋。能不能把3栋架空层收拾一下，放几张桌椅？',
    category: 'suggestion',
    building: 3,
    author: 'mb-xa-elder',
    raisedBy: 'mb-xa-proxy',
    ago: 30,
    status: 'replied',
    side: 'community',
    dueIn: -10,
    steps: [
      { step: 'accepted', ago: 29, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 28,
        by: 'staff',
        byName: STAFF,
        side: 'community',
        holder: 'community',
        dueIn: -10,
      },
      {
        step: 'replied',
        ago: 12,
        by: 'side',
        byName: COMMUNITY,
        side: 'community',
        holder: 'author',
        note: '社区已申请到适老化改造经费，3栋架空层下月起改造为老年活动角，配桌椅、象棋和饮水机。',
      },
    ],
    supporters: ['mb-xa-res1', 'mb-xa-res4', 'mb-xa-bh1'],
  },
  {
    n: 8,
    title: '2栋单元门禁刷卡没反应',
    body: '2栋1单元的门禁这几天刷卡没反应，只能等别人开门，外卖员也随便进出。',
    category: 'repairs',
    building: 2,
    author: 'mb-xa-vol1',
    ago: 15,
    status: 'resolved',
    side: 'propertyCompany',
    dueIn: -8,
    steps: [
      { step: 'accepted', ago: 14.9, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 14.8,
        by: 'staff',
        byName: STAFF,
        side: 'propertyCompany',
        holder: 'propertyCompany',
        dueIn: -8,
      },
      {
        step: 'replied',
        ago: 13,
        by: 'side',
        byName: PROPERTY,
        side: 'propertyCompany',
        holder: 'author',
        note: '读卡器进水损坏，已更换新读卡器并加装防雨罩。',
      },
      { step: 'resolved', ago: 12, by: 'author', holder: 'author' },
    ],
    supporters: ['mb-xa-res3'],
  },
  {
    n: 9,
    title: '儿童游乐区滑梯有裂缝',
    body: '儿童游乐区的滑梯侧面裂了一道口子，边缘很锋利，孩子玩的时候容易划伤。',
    category: 'safety',
    building: null,
    author: 'mb-xa-res1',
    images: 1,
    ago: 40,
    status: 'rated',
    side: 'propertyCompany',
    dueIn: -33,
    steps: [
      { step: 'accepted', ago: 39.9, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 39.8,
        by: 'staff',
        byName: STAFF,
        side: 'propertyCompany',
        holder: 'propertyCompany',
        dueIn: -33,
      },
      {
        step: 'replied',
        ago: 37,
        by: 'side',
        byName: PROPERTY,
        side: 'propertyCompany',
        holder: 'author',
        note: '当天已围挡，滑梯已整体更换，并对其他设施做了安全检查。',
      },
      { step: 'resolved', ago: 36, by: 'author', holder: 'author' },
      { step: 'rated', ago: 36, by: 'author', holder: 'none', score: 5, note: '处理很快，谢谢物业！' },
    ],
    supporters: ['mb-xa-res2', 'mb-xa-res5'],
    ratings: [
      { by: 'mb-xa-res1', score: 5, comment: '处理很快，谢谢物业！', ago: 36 },
      { by: 'mb-xa-res2', score: 4, comment: '', ago: 35 },
    ],
  },
  {
    n: 10,
    title: '停车费上涨没有征求业主意见',
    body: '地面停车费从每月150涨到220，事先没有开业主大会，也没有公示。希望业委会说明依据。',
    category: 'parking',
    building: null,
    author: 'mb-xa-res3',
    ago: 35,
    status: 'assigned',
    side: 'ownersCommittee',
    dueIn: 7,
    steps: [
      { step: 'accepted', ago: 34, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'assigned',
        ago: 33,
        by: 'staff',
        byName: STAFF,
        side: 'ownersCommittee',
        holder: 'ownersCommittee',
        dueIn: -20,
      },
      {
        step: 'replied',
        ago: 22,
        by: 'side',
        byName: COMMITTEE,
        side: 'ownersCommittee',
        holder: 'author',
        note: '调价经业委会会议讨论通过，符合物业合同约定。',
      },
      {
        step: 'rated',
        ago: 20,
        by: 'author',
        holder: 'ownersCommittee',
        score: 2,
        note: '没有回答为什么不开业主大会',
      },
      { step: 'reopened', ago: 20, by: 'system', holder: 'ownersCommittee', note: '提出人评价2星，重新办理' },
      {
        step: 'escalated',
        ago: 20,
        by: 'system',
        holder: 'ownersCommittee',
        note: '提出人不满意，转站长督办',
      },
      {
        step: 'assigned',
        ago: 19,
        by: 'staff',
        byName: STAFF,
        side: 'ownersCommittee',
        holder: 'ownersCommittee',
        dueIn: 7,
        note: '站长督办：请在夜话会上当面说明，并就是否召开业主大会给出答复',
      },
    ],
    supporters: [
      'mb-xa-res1',
      'mb-xa-res2',
      'mb-xa-res4',
      'mb-xa-res5',
      'mb-xa-party1',
      'mb-xa-vol1',
      'mb-xa-bh1',
    ],
    ratings: [{ by: 'mb-xa-res3', score: 2, comment: '没有回答为什么不开业主大会', ago: 20 }],
  },
  {
    n: 11,
    title: '希望引进某品牌的智能快递柜',
    body: '现在的快递柜经常满，希望引进一个新品牌的快递柜，放在西门。',
    category: 'suggestion',
    building: null,
    author: 'mb-xa-party1',
    ago: 18,
    status: 'declined',
    steps: [
      {
        step: 'declined',
        ago: 17,
        by: 'staff',
        byName: STAFF,
        holder: 'none',
        note: '引进快递柜属于商业合作，需要业主大会表决，请在下次业主大会上提出。',
      },
    ],
  },
  {
    n: 12,
    title: '楼上晚上拖椅子的声音很吵',
    body: '楼上几乎每晚十一点以后还在拖椅子、走路很重，影响休息，沟通过一次没有改善。',
    category: 'neighbourly',
    building: 1,
    author: 'mb-xa-res2',
    anonymous: true,
    ago: 16,
    status: 'closed',
    steps: [
      { step: 'accepted', ago: 15, by: 'staff', byName: STAFF, holder: 'station' },
      {
        step: 'closed',
        ago: 10,
        by: 'staff',
        byName: STAFF,
        holder: 'none',
        note: '已由调解室请双方当面沟通，楼上加装了椅脚垫，双方达成一致。',
      },
    ],
  },
  {
    n: 13,
    title: '某某物业就是骗子',
    body: '这种物业早该滚蛋了，谁跟他们合作谁倒霉。',
    category: 'propertyService',
    building: null,
    author: 'mb-xa-vol1',
    ago: 6,
    status: 'submitted',
    hidden: '含有人身攻击，请就具体问题提出议题',
    reports: [
      { by: 'mb-xa-res1', reason: '辱骂他人' },
      { by: 'mb-xa-res4', reason: '没有具体问题，只有骂人' },
    ],
  },
]

const at = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * DAY)
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10)
const dueOf = (now: Date, dueIn: number) => chinaDay(new Date(now.getTime() + dueIn * DAY))
const dayEnd = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 8 * HOUR + DAY)

function entry(s: StepSpec, now: Date): TimelineEntry {
  return {
    step: s.step,
    at: at(now, s.ago),
    by: s.by,
    byName: s.byName ?? '',
    side: s.side ?? null,
    holder: s.holder,
    note: s.note ?? '',
    reasonCode: s.reasonCode ?? null,
    dueDate: s.dueIn !== undefined ? dueOf(now, s.dueIn) : null,
    score: s.score ?? null,
  }
}

export interface SeedFile {
  fileID: string
  bytes: Buffer
}

interface Built {
  topic: TopicDoc
  files: FileDoc[]
  blobs: SeedFile[]
}

/** When each kind of step last happened on the topic's timeline. */
function lastAt(timeline: TimelineEntry[], step: TimelineStep): Date | null {
  const found = [...timeline].reverse().find((e) => e.step === step)
  return found ? found.at : null
}

function images(
  spec: TopicSpec,
  now: Date,
  envId: string,
): { ids: string[]; files: FileDoc[]; blobs: SeedFile[] } {
  const blobs = Array.from({ length: spec.images ?? 0 }, (_, i) => ({
    fileID: fileIdOf(envId, `stations/${XINAN_ID}/topic/server/seedtopic${spec.n}x${i + 1}.png`),
    bytes: scenePng(spec.n * 10 + i),
  }))
  const files: FileDoc[] = blobs.map((b, i) => ({
    _id: `fl-xa-topic-${spec.n}-${i + 1}`,
    stationId: XINAN_ID,
    fileID: b.fileID,
    kind: 'topic',
    itemType: 'topic',
    itemId: topicIdOf(spec.n),
    ownerMemberId: spec.raisedBy ?? spec.author,
    ownerOpenid: null,
    bytes: b.bytes.length,
    mime: 'image/png',
    check: 'pass',
    traceId: null,
    checkedAt: at(now, spec.ago),
    createdAt: at(now, spec.ago),
  }))
  return { ids: files.map((f) => f.fileID), files, blobs }
}

export const topicIdOf = (n: number) => `tp-xinan-${n}`

/** What the timeline says about when things happened, and who holds the topic since when. */
function timesOf(timeline: TimelineEntry[], status: TopicStatus, created: Date) {
  let heldSince = created
  timeline.forEach((e, i) => {
    if (i === 0 || timeline[i - 1].holder !== e.holder) heldSince = e.at
  })
  const replied = [...timeline].reverse().find((e) => e.step === 'replied')
  const overdue = lastAt(timeline, 'overdue')
  return {
    heldSince,
    acceptedAt: lastAt(timeline, 'accepted'),
    resolvedAt: ['resolved', 'rated'].includes(status) ? lastAt(timeline, 'resolved') : null,
    closedAt: lastAt(timeline, 'declined') ?? lastAt(timeline, 'closed'),
    overdueAt: overdue,
    wentOverdueAt: overdue,
    escalatedAt: lastAt(timeline, 'escalated'),
    officialReply:
      replied && replied.side
        ? { text: replied.note, side: replied.side, byName: replied.byName, at: replied.at }
        : null,
  }
}

/** The discussion's sums: supports, replies, ratings. */
function ratingFields(spec: TopicSpec, now: Date) {
  const ratings = spec.ratings ?? []
  return {
    supportCount: spec.supporters?.length ?? 0,
    replyCount: spec.replies?.length ?? 0,
    ratingSum: ratings.reduce((n, r) => n + r.score, 0),
    ratingCount: ratings.length,
    lastRatedAt: ratings.length ? at(now, Math.min(...ratings.map((r) => r.ago))) : null,
    authorScore: ratings.find((r) => r.by === spec.author)?.score ?? null,
  }
}

function moderationFields(spec: TopicSpec) {
  const reports = spec.reports?.length ?? 0
  return {
    reportsOpen: spec.hidden ? 0 : reports,
    reportCount: reports,
    hidden: !!spec.hidden,
    hiddenReason: spec.hidden ?? '',
  }
}

function buildTopic(spec: TopicSpec, now: Date, envId: string): Built {
  const created = at(now, spec.ago)
  const timeline = [
    entry({ step: 'submitted', ago: spec.ago, by: 'author', holder: 'station' }, now),
    ...(spec.steps ?? []).map((s) => entry(s, now)),
  ]
  const last = timeline[timeline.length - 1]
  const pics = images(spec, now, envId)
  const dueDate = spec.dueIn === undefined ? null : dueOf(now, spec.dueIn)
  const topic: TopicDoc = {
    _id: topicIdOf(spec.n),
    stationId: XINAN_ID,
    title: spec.title,
    body: spec.body,
    category: spec.category,
    buildingId: spec.building ? `bd-xinan-${spec.building}` : null,
    buildingName: spec.building ? `${spec.building}栋` : '全小区',
    images: pics.ids,
    anonymous: spec.anonymous ?? false,
    authorId: spec.author,
    authorName: NAMES[spec.author],
    raisedById: spec.raisedBy ?? spec.author,
    status: spec.status,
    holder: last.holder,
    side: spec.side ?? null,
    dueDate,
    dueAt: dueDate ? dayEnd(dueDate) : null,
    ...timesOf(timeline, spec.status, created),
    ...ratingFields(spec, now),
    ...moderationFields(spec),
    review: false,
    terms: termsOf(spec.title, spec.body),
    timeline,
    createdAt: created,
    updatedAt: last.at,
    lastActivityAt: last.at,
  }
  return { topic, files: pics.files, blobs: pics.blobs }
}

function discussion(spec: TopicSpec, now: Date) {
  const topicId = topicIdOf(spec.n)
  const supports: SupportDoc[] = (spec.supporters ?? []).map((memberId) => ({
    _id: supportId(topicId, memberId),
    stationId: XINAN_ID,
    topicId,
    memberId,
    createdAt: at(now, spec.ago - 0.1),
  }))
  const replies: ReplyDoc[] = (spec.replies ?? []).map((r, i) => ({
    _id: `rp-xa-${spec.n}-${i + 1}`,
    stationId: XINAN_ID,
    topicId,
    authorId: r.by,
    authorName: NAMES[r.by],
    role: r.role,
    side: r.side ?? null,
    body: r.body,
    reportsOpen: r.reportedBy ? 1 : 0,
    reportCount: r.reportedBy ? 1 : 0,
    hidden: false,
    hiddenReason: '',
    review: false,
    createdAt: at(now, r.ago),
  }))
  const ratings: RatingDoc[] = (spec.ratings ?? []).map((r) => ({
    _id: ratingId(topicId, r.by),
    stationId: XINAN_ID,
    topicId,
    memberId: r.by,
    byAuthor: r.by === spec.author,
    score: r.score,
    comment: r.comment,
    createdAt: at(now, r.ago),
    updatedAt: at(now, r.ago),
  }))
  const reports = (spec.reports ?? []).map((r) => ({
    _id: reportId('topic', topicId, r.by),
    stationId: XINAN_ID,
    targetType: 'topic' as const,
    targetId: topicId,
    topicId,
    reporterId: r.by,
    reason: r.reason,
    createdAt: at(now, spec.ago - 0.2),
  }))
  const replyReports = (spec.replies ?? []).flatMap((r, i) =>
    r.reportedBy
      ? [
          {
            _id: reportId('reply', replies[i]._id, r.reportedBy),
            stationId: XINAN_ID,
            targetType: 'reply' as const,
            targetId: replies[i]._id,
            topicId,
            reporterId: r.reportedBy,
            reason: '说话难听，不尊重提出人',
            createdAt: at(now, r.ago - 0.1),
          },
        ]
      : [],
  )
  return { supports, replies, ratings, reports: [...reports, ...replyReports] }
}

const HOSTS = [
  { side: 'partyBranch' as const, name: '李建华' },
  { side: 'ownersCommittee' as const, name: '周敏' },
  { side: 'propertyCompany' as const, name: '陈刚' },
  { side: 'community' as const, name: '何丽' },
]

const MINUTES = [
  '时间：晚7:30—9:00，地点：驿站议事厅。党支部、业委会、物业、社区四方和23位居民参加。',
  '一、5栋电梯：物业说明已联系维保公司全面检测，承诺更换主板并每日巡检。',
  '二、垃圾分类亭异味：物业承诺夏季每天清运两次、每周冲洗消毒一次。',
  '三、维修基金公开：业委会承诺整理近三年支出明细并公示。',
  '四、停车费调整：居民意见较大，站长督办，业委会下次会议前给出书面说明。',
].join('\n')

function sessions(now: Date): {
  talkSessions: TalkSessionDoc[]
  sessionSignups: SessionSignupDoc[]
  commitments: CommitmentDoc[]
} {
  const evening = (daysAgo: number, hour: number) => {
    const day = chinaDay(at(now, daysAgo))
    return new Date(Date.parse(`${day}T00:00:00Z`) - 8 * HOUR + hour * HOUR)
  }
  const past: TalkSessionDoc = {
    _id: 'ts-xinan-1',
    stationId: XINAN_ID,
    title: '十一月邻里夜话会',
    startAt: evening(11, 19.5),
    endAt: evening(11, 21),
    place: '驿站议事厅（3栋架空层）',
    hosts: HOSTS,
    agenda: [topicIdOf(10), topicIdOf(5), topicIdOf(4), topicIdOf(6)],
    status: 'scheduled',
    signupCount: 6,
    checkinCount: 5,
    minutes: MINUTES,
    minutesAt: evening(10, 10),
    minutesBy: '李建华',
    createdBy: 'mb-xa-head',
    createdAt: at(now, 20),
    updatedAt: evening(10, 10),
  }
  const coming: TalkSessionDoc = {
    ...past,
    _id: 'ts-xinan-2',
    title: '十二月邻里夜话会',
    startAt: evening(-7, 19.5),
    endAt: evening(-7, 21),
    agenda: [topicIdOf(3), topicIdOf(1), topicIdOf(2)],
    signupCount: 2,
    checkinCount: 0,
    minutes: '',
    minutesAt: null,
    minutesBy: '',
    createdAt: at(now, 2),
    updatedAt: at(now, 2),
  }
  const who = ['mb-xa-res1', 'mb-xa-res2', 'mb-xa-res3', 'mb-xa-res5', 'mb-xa-party1', 'mb-xa-vol1']
  const sessionSignups: SessionSignupDoc[] = [
    ...who.map((memberId, i) => ({
      _id: signupId(past._id, memberId),
      stationId: XINAN_ID,
      sessionId: past._id,
      memberId,
      name: NAMES[memberId],
      signedUpAt: at(now, 15),
      checkedInAt: i < 5 ? past.startAt : null,
    })),
    ...['mb-xa-res2', 'mb-xa-res4'].map((memberId) => ({
      _id: signupId(coming._id, memberId),
      stationId: XINAN_ID,
      sessionId: coming._id,
      memberId,
      name: NAMES[memberId],
      signedUpAt: at(now, 1),
      checkedInAt: null,
    })),
  ]
  const commitment = (
    n: number,
    text: string,
    side: Side,
    dueIn: number,
    topicId: string | null,
    done?: string,
  ): CommitmentDoc => ({
    _id: `cm-xinan-${n}`,
    stationId: XINAN_ID,
    sessionId: past._id,
    sessionTitle: past.title,
    topicId,
    text,
    side,
    dueDate: dueOf(now, dueIn),
    dueAt: dayEnd(dueOf(now, dueIn)),
    status: done ? 'done' : 'open',
    doneAt: done ? at(now, 3) : null,
    doneNote: done ?? '',
    doneBy: done ? PROPERTY : '',
    createdAt: evening(10, 10),
  })
  return {
    talkSessions: [past, coming],
    sessionSignups,
    commitments: [
      commitment(1, '5栋电梯更换主板，更换前每日巡检', 'propertyCompany', -2, topicIdOf(5)),
      commitment(
        2,
        '垃圾分类亭夏季每天清运两次、每周冲洗消毒',
        'propertyCompany',
        5,
        topicIdOf(4),
        '已调整清运排班，每周二、五冲洗消毒',
      ),
      commitment(3, '整理并公示近三年维修基金支出明细', 'ownersCommittee', 12, topicIdOf(6)),
      commitment(4, '就停车费调整依据给出书面说明', 'ownersCommittee', 7, topicIdOf(10)),
      commitment(5, '联系交警研究东门外道路停车治理', 'community', 20, topicIdOf(3)),
    ],
  }
}

/** The forum's demo records at 馨安, and the image files to put into storage under `envId`. */
export function xinanForumSeed(now: Date, envId = 'local'): { set: SeedSet; files: SeedFile[] } {
  const built = TOPICS.map((spec) => buildTopic(spec, now, envId))
  const talk = TOPICS.map((spec) => discussion(spec, now))
  return {
    set: {
      members: forumPeople(now),
      topics: built.map((b) => b.topic),
      files: built.flatMap((b) => b.files),
      supports: talk.flatMap((t) => t.supports),
      replies: talk.flatMap((t) => t.replies),
      ratings: talk.flatMap((t) => t.ratings),
      reports: talk.flatMap((t) => t.reports),
      ...sessions(now),
    },
    files: built.flatMap((b) => b.blobs),
  }
}
