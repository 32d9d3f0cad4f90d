/** 馨安公寓 红旗驿站: the hand-made demo station a newcomer lands on. */
import type {
  HouseholdDoc,
  MemberDoc,
  PartyReportDoc,
  ProxyDoc,
  ServicePostDoc,
  StationDoc,
} from '../../types/entities'
import type { SeedSet } from './types'
import { building, DAY, member, rooms } from './build'
import type { PersonSpec } from './build'

export const XINAN_ID = 'st-xinan'

export function xinanStation(now: Date): StationDoc {
  return {
    _id: XINAN_ID,
    code: 'xinan',
    name: '馨安公寓红旗驿站',
    address: '滨江区长河街道馨安路88号 馨安公寓3栋架空层',
    openingHours: '周一至周日 8:30-11:30，14:00-17:30',
    services: ['家电维修', '义诊', '矛盾调解', '代办事项', '法律咨询', '理发', '磨刀', '政策宣讲'],
    rooms: [
      { name: '议事厅', use: '邻里夜话、三方协商' },
      { name: '调解室', use: '邻里纠纷调解（私密）' },
      { name: '共享书屋', use: '图书借阅、学生托管' },
    ],
    team: [
      { name: '李建华', post: 'stationHead', side: 'partyBranch', title: '站长 · 小区党支部书记' },
      { name: '周敏', post: 'deputyHead', side: 'ownersCommittee', title: '副站长 · 业委会主任' },
      { name: '陈刚', post: 'deputyHead', side: 'propertyCompany', title: '副站长 · 物业项目经理' },
      { name: '何丽', post: 'member', side: 'community', title: '社区网格员' },
    ],
    intro: '“一核三元”在身边：党支部、业委会、物业和志愿者一起，为邻里办实事。',
    community: '长河社区',
    createdAt: new Date(now.getTime() - 400 * DAY),
    updatedAt: new Date(now.getTime() - 30 * DAY),
  }
}

function people(room: (b: number, u: number, r: string) => HouseholdDoc): PersonSpec[] {
  return [
    {
      id: 'mb-xa-head',
      openid: 'demo-staff',
      name: '李建华',
      phone: '13805710001',
      household: room(3, 1, '502'),
      roles: ['stationHead'],
      side: 'partyBranch',
      isPartyMember: true,
      daysAgo: 380,
    },
    {
      id: 'mb-xa-deputy',
      openid: 'demo-deputy',
      name: '周敏',
      phone: '13805710002',
      household: room(2, 2, '901'),
      roles: ['deputyHead', 'sideRep'],
      side: 'ownersCommittee',
      daysAgo: 370,
    },
    {
      id: 'mb-xa-property',
      openid: 'demo-property',
      name: '陈刚',
      phone: '13805710003',
      roles: ['deputyHead', 'sideRep'],
      side: 'propertyCompany',
      daysAgo: 360,
    },
    {
      id: 'mb-xa-bh1',
      openid: 'demo-head',
      name: '张桂兰',
      phone: '13805710004',
      household: room(1, 1, '201'),
      roles: ['buildingHead'],
      headOf: ['bd-xinan-1', 'bd-xinan-2'],
      flagTeam: '第一旗手团队',
      isVolunteer: true,
      skills: ['调解'],
      isPartyMember: true,
      daysAgo: 350,
    },
    {
      id: 'mb-xa-bh2',
      openid: 'demo-head2',
      name: '王德明',
      phone: '13805710005',
      household: room(4, 1, '302'),
      roles: ['buildingHead'],
      headOf: ['bd-xinan-3', 'bd-xinan-4'],
      flagTeam: '第二旗手团队',
      daysAgo: 340,
    },
    {
      id: 'mb-xa-res1',
      openid: 'demo-resident',
      name: '刘阿姨',
      phone: '13905710006',
      household: room(1, 1, '301'),
      daysAgo: 200,
    },
    {
      id: 'mb-xa-vol1',
      openid: 'demo-volunteer',
      name: '孙晓',
      phone: '13905710007',
      household: room(2, 1, '1102'),
      relation: 'tenant',
      isVolunteer: true,
      skills: ['电脑维修', '摄影'],
      daysAgo: 150,
    },
    {
      id: 'mb-xa-party1',
      openid: 'demo-party',
      name: '吴强',
      phone: '13905710008',
      household: room(1, 2, '702'),
      isPartyMember: true,
      isVolunteer: true,
      skills: ['法律咨询'],
      daysAgo: 120,
    },
    {
      id: 'mb-xa-proxy',
      openid: 'demo-proxy',
      name: '王建国',
      phone: '13905710009',
      household: room(1, 2, '101'),
      relation: 'family',
      daysAgo: 60,
    },
    {
      id: 'mb-xa-elder',
      openid: 'offline:mb-xa-elder',
      name: '王奶奶',
      phone: '',
      household: room(1, 2, '101'),
      relation: 'owner',
      offline: true,
      daysAgo: 59,
    },
    {
      id: 'mb-xa-pend1',
      openid: 'demo-pending',
      name: '赵磊',
      phone: '13605710010',
      household: room(1, 1, '602'),
      relation: 'tenant',
      status: 'pending',
      daysAgo: 2,
    },
    {
      id: 'mb-xa-pend2',
      openid: 'demo-pending2',
      name: '钱芳',
      phone: '13605710011',
      household: room(2, 1, '401'),
      status: 'pending',
      isVolunteer: true,
      skills: ['唱歌'],
      daysAgo: 1,
    },
    {
      id: 'mb-xa-pend3',
      openid: 'demo-pending3',
      name: '郑浩',
      phone: '13605710012',
      household: room(3, 2, '1001'),
      relation: 'family',
      status: 'pending',
      daysAgo: 1,
    },
    {
      id: 'mb-xa-rej',
      openid: 'demo-rejected',
      name: '冯军',
      phone: '13605710013',
      household: room(4, 2, '801'),
      status: 'rejected',
      rejectReason: '房号与产权登记不符，请核对后重新登记',
      daysAgo: 5,
    },
    {
      id: 'mb-xa-res2',
      openid: 'demo-resident2',
      name: '陈小红',
      phone: '13705710014',
      household: room(1, 1, '302'),
      daysAgo: 100,
    },
    {
      id: 'mb-xa-res3',
      openid: 'demo-resident3',
      name: '林大伟',
      phone: '13705710015',
      household: room(2, 2, '602'),
      relation: 'tenant',
      daysAgo: 80,
    },
    {
      id: 'mb-xa-res4',
      openid: 'demo-resident4',
      name: '黄秀英',
      phone: '13705710016',
      household: room(3, 1, '201'),
      isPartyMember: true,
      daysAgo: 70,
    },
    {
      id: 'mb-xa-res5',
      openid: 'demo-resident5',
      name: '杨帆',
      phone: '13705710017',
      household: room(4, 1, '1102'),
      isVolunteer: true,
      skills: ['跑腿'],
      daysAgo: 40,
    },
  ]
}

const POSTS: [string, string][] = [
  ['楼栋联络员', '联系本楼栋住户，传达通知，收集意见'],
  ['平安巡逻', '每周一次夜间巡楼，关注消防通道和电瓶车'],
  ['政策宣讲', '在夜话会和楼道里讲解惠民政策'],
  ['环境守护', '垃圾分类督导、楼道清理'],
  ['邻里帮扶', '结对帮扶独居老人'],
]

export function xinanSeed(now: Date): SeedSet {
  const buildings = [1, 2, 3, 4, 5, 6].map((n) => building(XINAN_ID, 'xinan', n, 2, now))
  const households = buildings.flatMap((b) => rooms(b, 11, 2, now))
  const byKey = new Map(households.map((h) => [`${h.buildingId}|${h.unit}|${h.room}`, h]))
  const room = (b: number, u: number, r: string) => byKey.get(`bd-xinan-${b}|${u}|${r}`)!
  const members = people(room).map((p) => member(XINAN_ID, p, now))
  const posts: ServicePostDoc[] = POSTS.map(([name, description], i) => ({
    _id: `sp-xinan-${i + 1}`,
    stationId: XINAN_ID,
    name,
    description,
    sort: i + 1,
    active: true,
    createdAt: new Date(now.getTime() - 300 * DAY),
  }))
  return {
    stations: [xinanStation(now)],
    buildings,
    households,
    members,
    servicePosts: posts,
    partyReports: partyReports(members, now),
    proxies: [elderProxy(now)],
  }
}

function partyReports(members: MemberDoc[], now: Date): PartyReportDoc[] {
  const report = (
    m: MemberDoc,
    workUnit: string,
    partyOrg: string,
    postId: string | null,
    daysAgo: number,
  ): PartyReportDoc => ({
    _id: `pr-${m._id}`,
    stationId: XINAN_ID,
    memberId: m._id,
    name: m.name,
    workUnit,
    partyOrg,
    postId,
    buildingId: m.buildingId,
    reportedAt: new Date(now.getTime() - daysAgo * DAY),
    updatedAt: new Date(now.getTime() - daysAgo * DAY),
  })
  const byId = new Map(members.map((m) => [m._id, m]))
  return [
    report(byId.get('mb-xa-party1')!, '滨江区市场监管局', '区市场监管局机关第二党支部', 'sp-xinan-3', 100),
    report(byId.get('mb-xa-bh1')!, '长河小学（退休）', '长河社区退休党员支部', 'sp-xinan-1', 300),
    report(byId.get('mb-xa-res4')!, '浙江某科技有限公司', '公司第一党支部', null, 20),
  ]
}

function elderProxy(now: Date): ProxyDoc {
  return {
    _id: 'px-xinan-elder',
    stationId: XINAN_ID,
    principalId: 'mb-xa-elder',
    principalName: '王奶奶',
    buildingId: 'bd-xinan-1',
    agentId: 'mb-xa-proxy',
    agentName: '王建国',
    consentMethod: 'inPerson',
    consentNote: '王奶奶本人在驿站当面同意由儿子王建国代办，楼长张桂兰见证',
    status: 'active',
    decidedBy: 'mb-xa-head1',
    decidedAt: new Date(now.getTime() - 59 * DAY),
    declineReason: '',
    createdAt: new Date(now.getTime() - 59 * DAY),
    revokedAt: null,
  }
}
