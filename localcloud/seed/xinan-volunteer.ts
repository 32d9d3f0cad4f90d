/**
 * 馨安's volunteering, alive at every status whenever `npm start` seeds it (times relative to
 * now): finished activities with confirmed hours and points, one on right now (check-in open, so
 * a newcomer can scan at once), upcoming ones (one full with a waitlist, one with a geofence),
 * a draft, a cancelled one; rewards with little stock, vouchers issued and used; 红旗好人; an
 * organiser (`demo-organiser`) and a merchant (`demo-merchant`).
 */
import type { MemberDoc } from '../../types/entities'
import type { SeedSet } from './types'
import type {
  ActivityDoc,
  CheckinDoc,
  FeaturedDoc,
  RedemptionCountDoc,
  RedemptionDoc,
  RewardDoc,
  SignupDoc,
  VolunteerTeamDoc,
} from '../../types/volunteer/entities'
import { redemptionCountId, redemptionId, voucherCode } from '../../types/volunteer/ids'
import { DAY, member } from './build'
import { activity, attendance, award, ledger, signup, spend } from './volunteer-build'
import type { Person } from './volunteer-build'
import { XINAN_ID } from './xinan'

const HOUR = 3600_000
const S = XINAN_ID
const STAFF = 'mb-xa-head'
const ORGANISER = 'mb-xa-org'
/** 馨安公寓 3栋架空层, for the geofenced activity. */
const STATION_PLACE = { lat: 30.2084, lng: 120.2126 }

const P: Record<string, Person> = {
  party: { _id: 'mb-xa-party1', name: '吴强' },
  vol: { _id: 'mb-xa-vol1', name: '孙晓' },
  head1: { _id: 'mb-xa-bh1', name: '张桂兰' },
  res1: { _id: 'mb-xa-res1', name: '刘阿姨' },
  res2: { _id: 'mb-xa-res2', name: '陈小红' },
  res3: { _id: 'mb-xa-res3', name: '林大伟' },
  res4: { _id: 'mb-xa-res4', name: '黄秀英' },
  res5: { _id: 'mb-xa-res5', name: '杨帆' },
  org: { _id: ORGANISER, name: '赵敏' },
}

function people(now: Date): MemberDoc[] {
  return [
    member(
      S,
      {
        id: ORGANISER,
        openid: 'demo-organiser',
        name: '赵敏',
        phone: '13905710021',
        roles: ['organiser'],
        isVolunteer: true,
        skills: ['组织活动'],
        daysAgo: 200,
      },
      now,
    ),
    member(
      S,
      {
        id: 'mb-xa-merchant',
        openid: 'demo-merchant',
        name: '张师傅',
        phone: '13905710022',
        roles: ['merchant'],
        daysAgo: 120,
      },
      now,
    ),
  ].map((m) =>
    m._id === ORGANISER
      ? { ...m, organiserOf: ['vt-xinan-flag1', 'vt-xinan-youth'] }
      : { ...m, merchantOf: '老街理发店' },
  )
}

function teams(now: Date): VolunteerTeamDoc[] {
  const team = (key: string, name: string, description: string, sort: number): VolunteerTeamDoc => ({
    _id: `vt-xinan-${key}`,
    stationId: S,
    name,
    description,
    sort,
    createdAt: new Date(now.getTime() - 300 * DAY),
  })
  return [
    team('party', '党员志愿服务队', '在职党员和退休党员，认领岗位、服务邻里', 1),
    team('flag1', '第一旗手团队', '1栋、2栋楼长带领的楼道志愿者', 2),
    team('mediation', '调解队', '邻里纠纷调解（私密）', 3),
    team('youth', '青年志愿服务队', '年轻居民，周末活动为主', 4),
  ]
}

interface Plan {
  activities: ActivityDoc[]
  signups: SignupDoc[]
  checkins: CheckinDoc[]
}

/** Three finished activities weeks ago (the service record's examples) and one finished this morning. */
function finished(now: Date): Plan {
  const at = (daysAgo: number, hour: number) => new Date(now.getTime() - daysAgo * DAY + hour * HOUR)
  const done = { status: 'finished' as const }
  const a1 = activity(
    S,
    {
      _id: 'ac-xinan-1',
      title: '楼道清理志愿服务',
      category: 'cleanup',
      place: '1栋、2栋楼道',
      teamId: 'vt-xinan-flag1',
      teamName: '第一旗手团队',
      startAt: at(40, 9),
      endAt: at(40, 11),
      capacity: 20,
      points: { mode: 'fixed', amount: 10, cap: 0 },
      ...done,
    },
    2,
    ORGANISER,
  )
  const a2 = activity(
    S,
    {
      _id: 'ac-xinan-2',
      title: '反诈宣传进小区',
      category: 'policy',
      place: '小区中心广场',
      teamId: 'vt-xinan-party',
      teamName: '党员志愿服务队',
      startAt: at(25, 14),
      endAt: at(25, 17),
      capacity: 10,
      points: { mode: 'perHour', amount: 4, cap: 12 },
      ...done,
    },
    1,
    STAFF,
  )
  const a3 = activity(
    S,
    {
      _id: 'ac-xinan-3',
      title: '独居老人上门探访',
      category: 'other',
      place: '各楼栋',
      teamId: 'vt-xinan-party',
      teamName: '党员志愿服务队',
      startAt: at(10, 9),
      endAt: at(10, 12),
      capacity: 8,
      points: { mode: 'perHour', amount: 5, cap: 15 },
      ...done,
    },
    2,
    STAFF,
  )
  const a4 = activity(
    S,
    {
      _id: 'ac-xinan-4',
      title: '义剪进小区',
      category: 'haircut',
      place: '驿站门口',
      teamId: 'vt-xinan-youth',
      teamName: '青年志愿服务队',
      startAt: new Date(now.getTime() - 5 * HOUR),
      endAt: new Date(now.getTime() - 2 * HOUR),
      capacity: 6,
      points: { mode: 'perHour', amount: 4, cap: 12 },
      ...done,
    },
    3,
    ORGANISER,
  )
  const confirm = (a: ActivityDoc, p: Person, minutes: number, points: number) =>
    attendance(a, p, { minutes, confirmedBy: a.createdBy, points })
  const checkins = [
    confirm(a1, P.party, 120, 10),
    confirm(a1, P.vol, 110, 10),
    confirm(a2, P.party, 150, 10),
    confirm(a3, P.party, 180, 15),
    confirm(a3, P.head1, 170, 14),
    confirm(a4, P.vol, 150, 10),
    confirm(a4, P.res5, 120, 8),
    confirm(a4, P.org, 180, 12),
  ]
  const signups = checkins.map((c) => {
    const a = [a1, a2, a3, a4].find((x) => x._id === c.activityId)!
    return signup(
      a,
      { _id: c.memberId, name: c.memberName },
      'signedUp',
      new Date(a.startAt.getTime() - 3 * DAY),
    )
  })
  return { activities: [a1, a2, a3, a4], signups, checkins }
}

/** On right now: check-in open, two already in, 孙晓 signed up and not yet scanned. */
function ongoing(now: Date): Plan {
  const a = activity(
    S,
    {
      _id: 'ac-xinan-5',
      title: '卫生大扫除',
      category: 'cleanup',
      place: '小区中心广场集合',
      description: '清理绿化带和楼道杂物，工具驿站提供。',
      teamId: 'vt-xinan-flag1',
      teamName: '第一旗手团队',
      startAt: new Date(now.getTime() - 30 * 60_000),
      endAt: new Date(now.getTime() + 150 * 60_000),
      capacity: 30,
      points: { mode: 'perHour', amount: 3, cap: 9 },
      status: 'ongoing',
      openedAt: new Date(now.getTime() - 40 * 60_000),
    },
    4,
    ORGANISER,
  )
  const joined = new Date(now.getTime() - 2 * DAY)
  const signups = [P.vol, P.head1, P.res1, P.res5].map((p, i) =>
    signup(a, p, 'signedUp', new Date(joined.getTime() + i * 60_000)),
  )
  const checkins = [attendance(a, P.head1, { late: 2 }), attendance(a, P.res5, { late: 5 })]
  return { activities: [a], signups, checkins }
}

function upcoming(now: Date): Plan {
  const day = (days: number, hour: number) => {
    const china = 8 * HOUR
    const midnight = Math.floor((now.getTime() + china) / DAY) * DAY - china
    return new Date(midnight + days * DAY + hour * HOUR)
  }
  const full = activity(
    S,
    {
      _id: 'ac-xinan-6',
      title: '义诊进驿站',
      category: 'clinic',
      place: '驿站议事厅',
      description: '社区医院医生量血压、测血糖，志愿者负责引导和登记。',
      teamId: 'vt-xinan-party',
      teamName: '党员志愿服务队',
      startAt: day(2, 9),
      endAt: day(2, 11.5),
      signupDeadline: day(1, 20),
      capacity: 3,
      points: { mode: 'fixed', amount: 10, cap: 0 },
    },
    3,
    STAFF,
  )
  const fenced = activity(
    S,
    {
      _id: 'ac-xinan-7',
      title: '飞线充电整治宣传',
      category: 'charging',
      place: '3栋架空层',
      description: '劝导楼道飞线充电，介绍集中充电桩。现场扫码签到需在驿站附近。',
      teamId: 'vt-xinan-flag1',
      teamName: '第一旗手团队',
      startAt: day(4, 14),
      endAt: day(4, 16),
      signupDeadline: day(3, 20),
      capacity: 20,
      points: { mode: 'perHour', amount: 3, cap: 6 },
      geofence: { ...STATION_PLACE, radius: 300 },
    },
    2,
    ORGANISER,
  )
  const classroom = activity(
    S,
    {
      _id: 'ac-xinan-8',
      title: '四点半课堂',
      category: 'afterSchool',
      place: '共享书屋',
      description: '陪小学生写作业、读绘本。',
      teamId: 'vt-xinan-youth',
      teamName: '青年志愿服务队',
      startAt: day(6, 16.5),
      endAt: day(6, 18.5),
      signupDeadline: day(6, 12),
      capacity: 10,
      points: { mode: 'perHour', amount: 4, cap: 8 },
    },
    1,
    ORGANISER,
  )
  const draft = activity(
    S,
    {
      _id: 'ac-xinan-9',
      title: '平安巡逻',
      category: 'patrol',
      place: '小区南门集合',
      teamId: 'vt-xinan-flag1',
      teamName: '第一旗手团队',
      startAt: day(12, 19),
      endAt: day(12, 21),
      capacity: 8,
      points: { mode: 'fixed', amount: 8, cap: 0 },
      status: 'draft',
    },
    0,
    ORGANISER,
  )
  const cancelled = activity(
    S,
    {
      _id: 'ac-xinan-10',
      title: '政策宣讲：加装电梯',
      category: 'policy',
      place: '驿站议事厅',
      teamId: 'vt-xinan-party',
      teamName: '党员志愿服务队',
      startAt: day(3, 19),
      endAt: day(3, 20.5),
      capacity: 30,
      points: { mode: 'fixed', amount: 5, cap: 0 },
      status: 'cancelled',
      cancelReason: '主讲人临时有事，改期另行通知',
    },
    0,
    STAFF,
  )
  const joined = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR)
  const signups = [
    signup(full, P.party, 'signedUp', joined(30)),
    signup(full, P.head1, 'signedUp', joined(29)),
    signup(full, P.res4, 'signedUp', joined(28)),
    signup(full, P.res2, 'waitlisted', joined(20)),
    signup(full, P.res3, 'waitlisted', joined(10)),
    signup(fenced, P.head1, 'signedUp', joined(8)),
    signup(fenced, P.res1, 'signedUp', joined(6)),
    signup(classroom, P.res5, 'signedUp', joined(4)),
    { ...signup(cancelled, P.res1, 'cancelled', joined(40)), cancelledAt: joined(3) },
  ]
  return { activities: [full, fenced, classroom, draft, cancelled], signups, checkins: [] }
}

function rewards(now: Date): RewardDoc[] {
  const reward = (
    key: string,
    spec: Partial<RewardDoc> & Pick<RewardDoc, 'title' | 'provider' | 'cost' | 'stock' | 'issued'>,
  ): RewardDoc => ({
    _id: `rw-xinan-${key}`,
    stationId: S,
    description: '',
    perPersonLimit: 1,
    validUntil: new Date(now.getTime() + 60 * DAY),
    imageFileId: null,
    status: 'active',
    createdBy: STAFF,
    createdAt: new Date(now.getTime() - 20 * DAY),
    updatedAt: new Date(now.getTime() - 20 * DAY),
    ...spec,
  })
  return [
    reward('fee', {
      title: '物业费抵扣券 20元',
      provider: '馨安物业',
      cost: 30,
      stock: 5,
      issued: 0,
      description: '到物业服务中心缴费时出示，抵扣20元。',
    }),
    reward('haircut', {
      title: '理发券',
      provider: '老街理发店',
      cost: 10,
      stock: 2,
      issued: 2,
      perPersonLimit: 2,
      description: '老街理发店（小区南门）洗剪吹一次。',
    }),
    reward('market', {
      title: '超市满50减10',
      provider: '邻里生活超市',
      cost: 15,
      stock: 1,
      issued: 0,
      description: '邻里生活超市结账时出示。',
    }),
    reward('bag', {
      title: '驿站文创帆布袋',
      provider: '馨安驿站',
      cost: 8,
      stock: 0,
      issued: 1,
      description: '到驿站前台领取。',
    }),
  ]
}

function vouchers(now: Date, list: RewardDoc[]) {
  const byKey = (key: string) => list.find((r) => r._id === `rw-xinan-${key}`)!
  const voucher = (
    key: string,
    p: Person,
    requestKey: string,
    daysAgo: number,
    used?: Date,
  ): RedemptionDoc => {
    const r = byKey(key)
    const _id = redemptionId(S, p._id, requestKey)
    return {
      _id,
      stationId: S,
      rewardId: r._id,
      rewardTitle: r.title,
      provider: r.provider,
      memberId: p._id,
      memberName: p.name,
      cost: r.cost,
      code: voucherCode(_id),
      status: used ? 'used' : 'issued',
      validUntil: r.validUntil,
      createdAt: new Date(now.getTime() - daysAgo * DAY),
      usedAt: used ?? null,
      usedBy: used ? 'mb-xa-merchant' : null,
      usedByName: used ? '张师傅' : '',
    }
  }
  const issued = [
    { v: voucher('haircut', P.party, 'seed-party-haircut', 5), key: 'seed-party-haircut' },
    {
      v: voucher('haircut', P.head1, 'seed-head-haircut', 8, new Date(now.getTime() - 7 * DAY)),
      key: 'seed-head-haircut',
    },
    { v: voucher('bag', P.party, 'seed-party-bag', 3), key: 'seed-party-bag' },
  ]
  const counts: RedemptionCountDoc[] = issued.map(({ v }) => ({
    _id: redemptionCountId(S, v.rewardId, v.memberId),
    stationId: S,
    rewardId: v.rewardId,
    memberId: v.memberId,
    count: 1,
    updatedAt: v.createdAt,
  }))
  return { issued, counts }
}

function featured(now: Date): FeaturedDoc[] {
  const month = (offset: number) => {
    const d = new Date(now.getTime() + 8 * HOUR)
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1))
    return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`
  }
  return [
    {
      _id: 'fn-xinan-1',
      stationId: S,
      name: '张桂兰',
      memberId: 'mb-xa-bh1',
      story: '退休教师，十年如一日照看1栋的独居老人，楼道里谁家有事都找她。',
      month: month(0),
      byMemberId: STAFF,
      createdAt: now,
    },
    {
      _id: 'fn-xinan-2',
      stationId: S,
      name: '吴强',
      memberId: 'mb-xa-party1',
      story: '在职党员报到后认领政策宣讲岗，周末给邻居讲反诈知识。',
      month: month(-1),
      byMemberId: STAFF,
      createdAt: new Date(now.getTime() - 30 * DAY),
    },
  ]
}

export function xinanVolunteerSeed(now: Date): SeedSet {
  const plans = [finished(now), ongoing(now), upcoming(now)]
  const checkins = plans.flatMap((p) => p.checkins)
  const offered = rewards(now)
  const { issued, counts } = vouchers(now, offered)
  const { entries, balances } = ledger(S, [
    ...checkins.filter((c) => c.status === 'confirmed' && c.points > 0).map(award),
    ...issued.map(({ v, key }) => spend(v, key)),
  ])
  return {
    members: people(now),
    volunteerTeams: teams(now),
    activities: plans.flatMap((p) => p.activities),
    signups: plans.flatMap((p) => p.signups),
    checkins,
    rewards: offered,
    redemptions: issued.map(({ v }) => v),
    redemptionCounts: counts,
    pointsLedger: entries,
    pointsBalances: balances,
    featuredNeighbours: featured(now),
  }
}
