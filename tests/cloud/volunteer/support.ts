/**
 * The volunteer tests' cloud: the fixture stations (whose seeded activities are dated around the
 * fixtures' fixed NOW) plus a live set dated around the real clock — an activity on now, one
 * about to start, upcoming ones, a draft, a reward — since check-in tokens and deadlines are read
 * against the real time. Helpers sign tokens as the organiser's phone would and post points.
 */
import { qrKey } from '../../../cloudfunctions/_kernel/qrToken'
import { postPoints } from '../../../cloudfunctions/_kernel/ledger'
import { runScopedTransaction } from '../../../cloudfunctions/_kernel/tx'
import { activity, attendance, signup } from '../../../localcloud/seed/volunteer-build'
import type { SeedSet } from '../../../localcloud/seed/types'
import { signToken, windowAt } from '../../../types/qrToken'
import type { Direction } from '../../../types/qrToken'
import type { ActivityDoc, RewardDoc } from '../../../types/volunteer/entities'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { seededCloud } from '../support/helpers'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** People of 馨安 by role (OPENID, member id, name). */
export const V = {
  staff: { openid: 'demo-staff', id: 'mb-xa-head', name: '李建华' },
  organiser: { openid: 'demo-organiser', id: 'mb-xa-org', name: '赵敏' },
  merchant: { openid: 'demo-merchant', id: 'mb-xa-merchant', name: '张师傅' },
  volunteer: { openid: 'demo-volunteer', id: 'mb-xa-vol1', name: '孙晓' },
  resident: { openid: 'demo-resident', id: 'mb-xa-res1', name: '刘阿姨' },
  party: { openid: 'demo-party', id: 'mb-xa-party1', name: '吴强' },
  head: { openid: 'demo-head', id: 'mb-xa-bh1', name: '张桂兰' },
  proxy: { openid: 'demo-proxy', id: 'mb-xa-proxy', name: '王建国' },
  elder: { openid: 'offline:mb-xa-elder', id: 'mb-xa-elder', name: '王奶奶' },
} as const

/** Verified 馨安 residents with no granted role, as [openid, member id]. */
export const RESIDENTS: [string, string][] = [
  ['demo-resident', 'mb-xa-res1'],
  ['demo-resident2', 'mb-xa-res2'],
  ['demo-resident3', 'mb-xa-res3'],
  ['demo-resident4', 'mb-xa-res4'],
  ['demo-resident5', 'mb-xa-res5'],
  ['demo-volunteer', 'mb-xa-vol1'],
  ['demo-party', 'mb-xa-party1'],
  ['demo-proxy', 'mb-xa-proxy'],
]

export const LIVE = {
  /** Ongoing since 10 minutes, until 2 hours from now; 孙晓 signed up; 杨帆 checked in and out. */
  on: 'ac-live-on',
  /** Published, starts in 30 minutes (check-in may open). */
  soon: 'ac-live-soon',
  /** Published, in 3 days, 20 places, first team (the organiser's). */
  open: 'ac-live-open',
  /** Published, in 3 days, the party team (not the organiser's). */
  party: 'ac-live-party',
  /** A draft of the first team. */
  draft: 'ac-live-draft',
  reward: 'rw-live-1',
}

const base = {
  category: 'cleanup' as const,
  place: '小区广场',
  teamId: 'vt-xinan-flag1',
  teamName: '第一旗手团队',
  points: { mode: 'perHour' as const, amount: 6, cap: 12 },
}

export function liveSet(now = new Date()): SeedSet {
  const at = (ms: number) => new Date(now.getTime() + ms)
  const on = activity(
    XINAN,
    {
      ...base,
      _id: LIVE.on,
      title: '现在进行的活动',
      startAt: at(-10 * 60_000),
      endAt: at(2 * HOUR),
      capacity: 50,
      status: 'ongoing',
      openedAt: at(-15 * 60_000),
    },
    1,
    'mb-xa-org',
  )
  const soon = activity(
    XINAN,
    {
      ...base,
      _id: LIVE.soon,
      title: '马上开始的活动',
      startAt: at(30 * 60_000),
      endAt: at(3 * HOUR),
      capacity: 10,
    },
    0,
    'mb-xa-org',
  )
  const open = activity(
    XINAN,
    {
      ...base,
      _id: LIVE.open,
      title: '三天后的活动',
      startAt: at(3 * DAY),
      endAt: at(3 * DAY + 2 * HOUR),
      capacity: 20,
    },
    0,
    'mb-xa-org',
  )
  const party = activity(
    XINAN,
    {
      ...base,
      _id: LIVE.party,
      title: '党员队的活动',
      teamId: 'vt-xinan-party',
      teamName: '党员志愿服务队',
      startAt: at(3 * DAY),
      endAt: at(3 * DAY + 2 * HOUR),
      capacity: 20,
    },
    0,
    'mb-xa-head',
  )
  const draft = activity(
    XINAN,
    {
      ...base,
      _id: LIVE.draft,
      title: '草稿活动',
      startAt: at(5 * DAY),
      endAt: at(5 * DAY + HOUR),
      capacity: 5,
      status: 'draft',
    },
    0,
    'mb-xa-org',
  )
  const yang = { _id: 'mb-xa-res5', name: '杨帆' }
  const reward: RewardDoc = {
    _id: LIVE.reward,
    stationId: XINAN,
    title: '测试理发券',
    description: '',
    provider: '老街理发店',
    cost: 5,
    stock: 10,
    issued: 0,
    perPersonLimit: 3,
    validUntil: at(30 * DAY),
    imageFileId: null,
    status: 'active',
    createdBy: 'mb-xa-head',
    createdAt: now,
    updatedAt: now,
  }
  return {
    activities: [on, soon, open, party, draft],
    signups: [signup(on, { _id: 'mb-xa-vol1', name: '孙晓' }, 'signedUp', at(-DAY))],
    checkins: [
      {
        ...attendance(on, yang, { minutes: 0 }),
        checkInAt: at(-9 * 60_000),
        checkOutAt: at(-60_000),
        status: 'out',
        minutes: 8,
        checkOutBy: 'qr',
      },
    ],
    rewards: [reward],
  }
}

export async function volunteerCloud(): Promise<TestCloud> {
  const t = await seededCloud()
  await t.seed(liveSet())
  return t
}

/** A token the organiser's phone would show now (`windows` later or earlier). */
export function tokenFor(activityId: string, direction: Direction, windows = 0, stationId = XINAN): string {
  const subject = `activity:${activityId}`
  return signToken(qrKey(stationId, subject), subject, direction, windowAt(Date.now()) + windows)
}

/** Gives a member points, as an award would (for tests of spending). */
export async function givePoints(memberId: string, delta: number, key: string, stationId = XINAN) {
  await runScopedTransaction(stationId, (tx) =>
    postPoints(
      tx,
      { memberId, delta, reason: '测试发放', refType: 'test', refId: key, idempotencyKey: key },
      new Date(),
    ),
  )
}

export function doc<T>(t: TestCloud, collection: string, id: string): T {
  const [found] = t.cloud.db.find(collection, { _id: id }) as unknown as T[]
  if (!found) throw new Error(`no ${collection} ${id}`)
  return found
}

export function docs<T>(t: TestCloud, collection: string, query: Record<string, unknown>): T[] {
  return t.cloud.db.find(collection, query) as unknown as T[]
}

export type { ActivityDoc }
