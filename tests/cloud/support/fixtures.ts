/**
 * Two stations for cloud tests: 馨安公寓 (the demo station, small and hand-made) and a second
 * station whose data must never show up in answers to 馨安's members.
 */
import { building, DAY, member, rooms } from '../../../localcloud/seed/build'
import type { SeedSet } from '../../../localcloud/seed/types'
import { xinanSeed, XINAN_ID } from '../../../localcloud/seed/xinan'
import { xinanVolunteerSeed } from '../../../localcloud/seed/xinan-volunteer'
import { activity, attendance, award, ledger, spend } from '../../../localcloud/seed/volunteer-build'
import type { Person } from '../../../localcloud/seed/volunteer-build'
import type { RedemptionDoc, RewardDoc } from '../../../types/volunteer/entities'
import { redemptionId, voucherCode } from '../../../types/volunteer/ids'
import type { HouseholdDoc, StationDoc } from '../../../types/entities'

export const NOW = new Date('2026-11-20T02:00:00Z')
export const XINAN = XINAN_ID
export const OTHER = 'st-other'

/** People by role, as OPENIDs. */
export const P = {
  staff: 'demo-staff',
  deputy: 'demo-deputy',
  property: 'demo-property',
  head1: 'demo-head', // heads 1栋, 2栋
  head2: 'demo-head2', // heads 3栋, 4栋
  resident: 'demo-resident', // 1栋1单元301
  volunteer: 'demo-volunteer',
  party: 'demo-party',
  proxy: 'demo-proxy', // acts for 王奶奶 (mb-xa-elder)
  pending: 'demo-pending', // 1栋1单元602
  pending2: 'demo-pending2', // 2栋1单元401
  pending3: 'demo-pending3', // 3栋2单元1001
  resident2: 'demo-resident2', // 1栋1单元302
  rejected: 'demo-rejected',
  otherStaff: 'other-staff',
  otherResident: 'other-resident',
  guest: 'guest-new',
}

export function otherStation(): SeedSet {
  const station: StationDoc = {
    _id: OTHER,
    code: 'other',
    name: '别的小区驿站',
    address: '别处1号',
    openingHours: '9:00-17:00',
    services: ['秘密服务'],
    rooms: [],
    team: [{ name: '外站长', post: 'stationHead', title: '站长' }],
    intro: '',
    community: '别的社区',
    createdAt: NOW,
    updatedAt: NOW,
  }
  const b = building(OTHER, 'other', 1, 1, NOW)
  const hh = rooms(b, 2, 2, NOW)
  const { members: extraMembers = [], ...records } = otherStationRecords(hh)
  return {
    stations: [station],
    buildings: [b],
    households: hh,
    members: [
      member(
        OTHER,
        {
          id: 'mb-ot-staff',
          openid: P.otherStaff,
          name: '外站长',
          phone: '13800009999',
          roles: ['stationHead'],
        },
        NOW,
      ),
      member(
        OTHER,
        { id: 'mb-ot-res', openid: P.otherResident, name: '外居民', phone: '13800008888', household: hh[0] },
        NOW,
      ),
      member(
        OTHER,
        {
          id: 'mb-ot-pend',
          openid: 'other-pending',
          name: '外待审',
          phone: '13800007777',
          household: hh[1],
          status: 'pending',
        },
        NOW,
      ),
      ...extraMembers,
    ],
    servicePosts: [
      {
        _id: 'sp-other-1',
        stationId: OTHER,
        name: '外站岗位',
        description: '',
        sort: 1,
        active: true,
        createdAt: NOW,
      },
    ],
    ...records,
  }
}

/**
 * The rest of what a station holds, so isolation tests have something in every collection to
 * leak: a party report, a stand-in and the person they act for, an activity with a check-in,
 * audit entries, a stored poster and a claim token. Every id contains `other` or `ot-`.
 */
function otherStationRecords(hh: HouseholdDoc[]): SeedSet {
  const elder = member(
    OTHER,
    {
      id: 'mb-ot-elder',
      openid: 'offline:mb-ot-elder',
      name: '外老人',
      phone: '',
      household: hh[2],
      offline: true,
    },
    NOW,
  )
  return {
    members: [
      elder,
      // 孙晓 (demo-volunteer) lives in 馨安 and is also registered here under another name.
      member(
        OTHER,
        { id: 'mb-ot-dual', openid: P.volunteer, name: '外孙晓', phone: '13800006666', household: hh[3] },
        NOW,
      ),
    ],
    partyReports: [
      {
        _id: 'pr-other-1',
        stationId: OTHER,
        memberId: 'mb-ot-res',
        name: '外居民',
        workUnit: '外单位机关',
        partyOrg: '外党支部',
        postId: 'sp-other-1',
        buildingId: 'bd-other-1',
        reportedAt: NOW,
        updatedAt: NOW,
      },
    ],
    proxies: [
      {
        _id: 'px-other-1',
        stationId: OTHER,
        principalId: 'mb-ot-elder',
        principalName: '外老人',
        buildingId: 'bd-other-1',
        agentId: 'mb-ot-res',
        agentName: '外居民',
        consentMethod: 'paper',
        consentNote: '外老人书面同意',
        status: 'active',
        decidedBy: null,
        decidedAt: null,
        declineReason: '',
        createdAt: NOW,
        revokedAt: null,
      },
    ],
    ...otherVolunteering({ _id: 'mb-ot-res', name: '外居民' }),
    auditLog: [
      {
        _id: 'au-other-1',
        stationId: OTHER,
        actorId: 'mb-ot-staff',
        actorName: '外站长',
        onBehalfOf: null,
        action: 'station.revealPhone',
        targetType: 'member',
        targetId: 'mb-ot-res',
        summary: '查看了 外居民 的完整手机号',
        at: NOW,
      },
    ],
    qrcodes: [
      {
        _id: 'qr-other-1',
        stationId: OTHER,
        scene: 's=other',
        page: 'pages/entry/index',
        // Never uploaded here: the poster treats a QR whose file is not recorded as missing.
        fileID: 'cloud://local.6c6f-local-1300000000/stations/st-other/poster/server/0ther0qr0code00.png',
        createdAt: NOW,
      },
    ],
    claimTokens: [
      {
        _id: 'ct-other-1',
        stationId: OTHER,
        token: 'OTHERTKN',
        role: 'stationHead',
        name: '外站长',
        expiresAt: new Date(NOW.getTime() + 300 * DAY),
        usedBy: null,
        usedAt: null,
        createdAt: NOW,
      },
    ],
  }
}

/**
 * The other station's volunteering: a team, a finished activity with a confirmed attendance and
 * its points, an ongoing one, a reward and a voucher — all invisible from 馨安.
 */
function otherVolunteering(person: Person): SeedSet {
  const done = activity(
    OTHER,
    {
      _id: 'ac-other-1',
      title: '外站活动',
      category: 'cleanup',
      place: '外站广场',
      teamId: 'vt-other-1',
      teamName: '外站服务队',
      startAt: new Date(NOW.getTime() - 5 * DAY),
      endAt: new Date(NOW.getTime() - 5 * DAY + 3600_000),
      capacity: 5,
      points: { mode: 'fixed', amount: 7, cap: 0 },
      status: 'finished',
    },
    0,
    'mb-ot-staff',
  )
  const live = activity(
    OTHER,
    {
      _id: 'ac-other-2',
      title: '外站进行中',
      category: 'patrol',
      place: '外站南门',
      teamId: 'vt-other-1',
      teamName: '外站服务队',
      startAt: new Date(NOW.getTime() - 3600_000),
      endAt: new Date(NOW.getTime() + 3600_000),
      capacity: 5,
      points: { mode: 'fixed', amount: 7, cap: 0 },
      status: 'ongoing',
    },
    0,
    'mb-ot-staff',
  )
  const attended = attendance(done, person, { minutes: 60, confirmedBy: 'mb-ot-staff', points: 7 })
  const reward: RewardDoc = {
    _id: 'rw-other-1',
    stationId: OTHER,
    title: '外站优惠券',
    description: '',
    provider: '外站商店',
    cost: 1,
    stock: 5,
    issued: 1,
    perPersonLimit: 5,
    validUntil: new Date(NOW.getTime() + 30 * DAY),
    imageFileId: null,
    status: 'active',
    createdBy: 'mb-ot-staff',
    createdAt: NOW,
    updatedAt: NOW,
  }
  const voucherId = redemptionId(OTHER, person._id, 'other-key')
  const voucher: RedemptionDoc = {
    _id: voucherId,
    stationId: OTHER,
    rewardId: reward._id,
    rewardTitle: reward.title,
    provider: reward.provider,
    memberId: person._id,
    memberName: person.name,
    cost: 1,
    code: voucherCode(voucherId),
    status: 'issued',
    validUntil: reward.validUntil,
    createdAt: NOW,
    usedAt: null,
    usedBy: null,
    usedByName: '',
  }
  const { entries, balances } = ledger(OTHER, [award(attended), spend(voucher, 'other-key')])
  return {
    volunteerTeams: [
      { _id: 'vt-other-1', stationId: OTHER, name: '外站服务队', description: '', sort: 1, createdAt: NOW },
    ],
    activities: [done, live],
    checkins: [attended],
    rewards: [reward],
    redemptions: [voucher],
    pointsLedger: entries,
    pointsBalances: balances,
  }
}

export function fixtures(): SeedSet[] {
  return [xinanSeed(NOW), xinanVolunteerSeed(NOW), otherStation()]
}
