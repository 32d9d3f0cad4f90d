/**
 * Two stations for cloud tests: 馨安公寓 (the demo station, small and hand-made) and a second
 * station whose data must never show up in answers to 馨安's members.
 */
import { building, member, rooms } from '../../../localcloud/seed/build'
import type { SeedSet } from '../../../localcloud/seed/types'
import { xinanSeed, XINAN_ID } from '../../../localcloud/seed/xinan'
import type { StationDoc } from '../../../types/entities'

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
  pending3: 'demo-pending3', // 3栋2单元1001
  rejected: 'demo-rejected',
  otherStaff: 'other-staff',
  otherResident: 'other-resident',
  guest: 'guest-new',
}

export function otherStation(): SeedSet {
  const station: StationDoc = {
    _id: OTHER, code: 'other', name: '别的小区驿站', address: '别处1号', openingHours: '9:00-17:00', services: ['秘密服务'],
    rooms: [], team: [{ name: '外站长', post: 'stationHead', title: '站长' }], intro: '', community: '别的社区', createdAt: NOW, updatedAt: NOW,
  }
  const b = building(OTHER, 'other', 1, 1, NOW)
  const hh = rooms(b, 2, 2, NOW)
  return {
    stations: [station],
    buildings: [b],
    households: hh,
    members: [
      member(OTHER, { id: 'mb-ot-staff', openid: P.otherStaff, name: '外站长', phone: '13800009999', roles: ['stationHead'] }, NOW),
      member(OTHER, { id: 'mb-ot-res', openid: P.otherResident, name: '外居民', phone: '13800008888', household: hh[0] }, NOW),
      member(OTHER, { id: 'mb-ot-pend', openid: 'other-pending', name: '外待审', phone: '13800007777', household: hh[1], status: 'pending' }, NOW),
    ],
    servicePosts: [{ _id: 'sp-other-1', stationId: OTHER, name: '外站岗位', description: '', sort: 1, active: true, createdAt: NOW }],
  }
}

export function fixtures(): SeedSet[] {
  return [xinanSeed(NOW), otherStation()]
}
