/** 晴岚家园: a compound at real size (9 buildings, 858 households) with verified residents. */
import type { StationDoc } from '../../types/entities'
import { building, DAY, member, rooms, sequence } from './build'
import type { SeedSet } from './types'

export const QINGLAN_ID = 'st-qinglan'
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = [
  '建国',
  '秀英',
  '桂芳',
  '志强',
  '丽娟',
  '海燕',
  '伟',
  '敏',
  '静',
  '磊',
  '洋',
  '婷',
  '军',
  '勇',
  '霞',
]

export function qinglanSeed(now: Date): SeedSet {
  const station: StationDoc = {
    _id: QINGLAN_ID,
    code: 'qinglan',
    name: '晴岚家园党群服务站',
    address: '西湖区蒋村街道晴岚路6号',
    openingHours: '工作日 9:00-17:00',
    services: ['代办事项', '义诊', '家电维修', '矛盾调解'],
    rooms: [{ name: '多功能厅', use: '邻里夜话、活动' }],
    team: [
      { name: '沈国平', post: 'stationHead', side: 'partyBranch', title: '站长 · 小区党支部书记' },
      { name: '韩梅', post: 'deputyHead', side: 'ownersCommittee', title: '副站长 · 业委会主任' },
    ],
    intro: '9栋楼、858户，一起把家园建设好。',
    community: '蒋村社区',
    createdAt: new Date(now.getTime() - 500 * DAY),
    updatedAt: new Date(now.getTime() - 60 * DAY),
  }
  // 8 buildings of 4 units x 12 floors x 2, and one of 3 units x 15 floors x 2: 858 households.
  const buildings = Array.from({ length: 9 }, (_, i) =>
    building(QINGLAN_ID, 'qinglan', i + 1, i < 8 ? 4 : 3, now),
  )
  const households = buildings.flatMap((b, i) => rooms(b, i < 8 ? 12 : 15, 2, now))
  const rnd = sequence(858)
  const residents = households
    .filter(() => rnd() < 0.55)
    .map((h, i) =>
      member(
        QINGLAN_ID,
        {
          id: `mb-ql-${i + 1}`,
          openid: `seed-ql-${i + 1}`,
          name: SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)],
          phone: `135${String(10000000 + i * 37).slice(0, 8)}`,
          household: h,
          relation: rnd() < 0.8 ? 'owner' : 'tenant',
          status: rnd() < 0.05 ? 'pending' : 'verified',
          isVolunteer: rnd() < 0.15,
          daysAgo: 10 + Math.floor(rnd() * 400),
        },
        now,
      ),
    )
  const head = member(
    QINGLAN_ID,
    {
      id: 'mb-ql-head',
      openid: 'demo-qinglan-head',
      name: '沈国平',
      phone: '13805719001',
      roles: ['stationHead'],
      side: 'partyBranch',
      isPartyMember: true,
    },
    now,
  )
  // 刘阿姨 also owns a flat here (she rents hers out): one person, two stations.
  const liu = member(
    QINGLAN_ID,
    {
      id: 'mb-ql-liu',
      openid: 'demo-resident',
      name: '刘阿姨',
      phone: '13905710006',
      household: households[5],
      relation: 'owner',
    },
    now,
  )
  return { stations: [station], buildings, households, members: [head, liu, ...residents] }
}
