/**
 * 滨湖-scale forum data for the bench: 2,400 topics raised over a year at 滨湖世纪 (2,352 opinions
 * a year in the community's own figures), across categories, buildings and statuses, with
 * neighbourhood-sized texts and their search keys made exactly as the function makes them.
 * Written straight into the database by the bench (not part of the demo seed, which stays quick).
 */
import type { Side } from '../../types/entities'
import type { TopicCategory, TopicDoc, TopicStatus } from '../../types/forum/entities'
import { TOPIC_CATEGORIES } from '../../types/forum/entities'
import { raisedTopic } from '../../types/forum/raised'

const PLACES = [
  '楼道',
  '电梯',
  '地下车库',
  '东门',
  '西门',
  '小广场',
  '垃圾分类亭',
  '健身区',
  '儿童游乐区',
  '单元门口',
  '消防通道',
  '绿化带',
]
const PROBLEMS = [
  '灯坏了很久没人修',
  '经常停运',
  '漏水严重',
  '被电动车堵住了',
  '晚上噪音很大',
  '异味很重',
  '设施损坏有安全隐患',
  '乱停车现象严重',
  '垃圾清运不及时',
  '门禁刷卡没反应',
]
const ASKS = [
  '希望物业尽快处理',
  '希望业委会给个说法',
  '请社区协调解决',
  '建议在夜话会上讨论',
  '希望尽快安排维修',
  '建议加强巡查',
]
const DETAILS = [
  '老人和孩子进出很不方便',
  '已经打过物业电话但没有回音',
  '下雨天更加明显',
  '周末的时候尤其严重',
  '好几户邻居都反映过这个问题',
  '晚上看不清容易摔倒',
]
const STATUSES: TopicStatus[] = [
  'submitted',
  'accepted',
  'assigned',
  'inProgress',
  'replied',
  'resolved',
  'rated',
  'rated',
  'declined',
  'closed',
]
const SIDES: Side[] = ['propertyCompany', 'ownersCommittee', 'community', 'partyBranch']

function sequence(seed: number) {
  let x = seed >>> 0
  return (n: number) => {
    x = (x * 1664525 + 1013904223) >>> 0
    return Math.floor((x / 2 ** 32) * n)
  }
}

export function binhuTopics(count: number, now: Date, stationId = 'st-binhu'): TopicDoc[] {
  const pick = sequence(2400)
  const one = <T>(list: readonly T[]) => list[pick(list.length)]
  return Array.from({ length: count }, (_, i) => {
    const building = 1 + pick(189)
    const title = `${building}栋${one(PLACES)}${one(PROBLEMS)}`.slice(0, 40)
    const body = Array.from({ length: 2 + pick(4) }, () => `${one(DETAILS)}，${one(ASKS)}。`).join('')
    const created = new Date(now.getTime() - pick(365 * 24) * 3600_000)
    const status = one(STATUSES)
    const assigned = !['submitted', 'accepted', 'declined'].includes(status)
    const side = assigned ? one(SIDES) : null
    const category: TopicCategory = one(TOPIC_CATEGORIES)
    // One in 200 hidden by staff (the bench reads the others).
    const hidden = (i + 1) % 200 === 0
    const raised = raisedTopic(
      {
        _id: `tp-bench-${i + 1}`,
        stationId,
        title,
        body,
        category,
        buildingId: `bd-binhu-${building}`,
        buildingName: `${building}栋`,
        images: [],
        anonymous: pick(4) === 0,
        authorId: `mb-bh-${1 + pick(3853)}`,
        authorName: `党员${1 + pick(3853)}`,
        raisedById: `mb-bh-${1 + pick(3853)}`,
        review: false,
      },
      created,
    )
    // Then moved on to its status (the fields the lists, search and figures read).
    return {
      ...raised,
      status,
      holder: assigned ? (side as Side) : 'station',
      side,
      acceptedAt: status === 'submitted' ? null : created,
      resolvedAt: ['resolved', 'rated'].includes(status) ? created : null,
      closedAt: ['declined', 'closed'].includes(status) ? created : null,
      supportCount: pick(40),
      replyCount: pick(12),
      ratingSum: status === 'rated' ? 4 : 0,
      ratingCount: status === 'rated' ? 1 : 0,
      lastRatedAt: status === 'rated' ? created : null,
      authorScore: status === 'rated' ? 4 : null,
      hidden,
      hiddenReason: hidden ? '含人身攻击' : '',
    }
  })
}

/** Queries people type: common places, a problem, a rare phrase, one character, a building. */
export const BENCH_QUERIES = [
  '电梯',
  '楼道灯',
  '地下车库漏水',
  '消防通道',
  '灯',
  '门禁',
  '88栋',
  '异味',
  '噪音',
  '垃圾清运',
]
