/**
 * 滨湖世纪: a community-scale station (189 building party groups) whose party-member figures
 * match the reported ones: 3,853 party members reported in, 1,216 of them holding a service post.
 */
import type { PartyReportDoc, ServicePostDoc, StationDoc } from '../../types/entities'
import { building, DAY, member, rooms, sequence } from './build'
import type { SeedSet } from './types'

export const BINHU_ID = 'st-binhu'
export const BINHU_REPORTED = 3853
export const BINHU_CLAIMED = 1216
const POSTS = [
  '楼栋联络员',
  '平安巡逻',
  '政策宣讲',
  '环境守护',
  '邻里帮扶',
  '文明劝导',
  '便民服务',
  '关爱老幼',
]

export function binhuSeed(now: Date): SeedSet {
  const station: StationDoc = {
    _id: BINHU_ID,
    code: 'binhu',
    name: '滨湖世纪社区红旗驿站',
    address: '滨湖新区世纪大道1号 社区服务中心一楼',
    openingHours: '周一至周六 8:30-20:00',
    services: ['代办事项', '就业指导', '法律咨询', '义诊', '矛盾调解', '家电维修'],
    rooms: [
      { name: '党群议事厅', use: '夜话会、协商议事' },
      { name: '志愿者之家', use: '志愿服务登记与培训' },
    ],
    team: [
      { name: '邵红', post: 'stationHead', side: 'partyBranch', title: '站长 · 社区党委书记' },
      { name: '魏东', post: 'deputyHead', side: 'propertyCompany', title: '副站长 · 物业总经理' },
    ],
    intro: '12万居民、189个楼栋党小组、6,327名志愿者。',
    community: '滨湖世纪社区',
    createdAt: new Date(now.getTime() - 700 * DAY),
    updatedAt: new Date(now.getTime() - 10 * DAY),
  }
  const buildings = Array.from({ length: 189 }, (_, i) => building(BINHU_ID, 'binhu', i + 1, 2, now))
  const households = buildings.flatMap((b) => rooms(b, 6, 2, now))
  const posts: ServicePostDoc[] = POSTS.map((name, i) => ({
    _id: `sp-binhu-${i + 1}`,
    stationId: BINHU_ID,
    name,
    description: '',
    sort: i + 1,
    active: true,
    createdAt: station.createdAt,
  }))
  const rnd = sequence(3853)
  const members = Array.from({ length: BINHU_REPORTED }, (_, i) =>
    member(
      BINHU_ID,
      {
        id: `mb-bh-${i + 1}`,
        openid: `seed-bh-${i + 1}`,
        name: `党员${i + 1}`,
        phone: `137${String(20000000 + i).slice(0, 8)}`,
        household: households[Math.floor(rnd() * households.length)],
        isPartyMember: true,
        daysAgo: 30 + (i % 600),
      },
      now,
    ),
  )
  const head = member(
    BINHU_ID,
    {
      id: 'mb-bh-head',
      openid: 'demo-binhu-head',
      name: '邵红',
      phone: '13805718001',
      roles: ['stationHead'],
      side: 'partyBranch',
      isPartyMember: true,
    },
    now,
  )
  const reports: PartyReportDoc[] = members.map((m, i) => ({
    _id: `pr-${m._id}`,
    stationId: BINHU_ID,
    memberId: m._id,
    name: m.name,
    workUnit: `滨湖新区第${(i % 40) + 1}机关单位`,
    partyOrg: `机关第${(i % 12) + 1}党支部`,
    postId: i < BINHU_CLAIMED ? posts[i % posts.length]._id : null,
    buildingId: m.buildingId,
    reportedAt: new Date(now.getTime() - (i % 300) * DAY),
    updatedAt: new Date(now.getTime() - (i % 300) * DAY),
  }))
  return {
    stations: [station],
    buildings,
    households,
    members: [head, ...members],
    servicePosts: posts,
    partyReports: reports,
  }
}
