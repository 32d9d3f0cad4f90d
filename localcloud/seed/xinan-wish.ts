/**
 * 馨安's wishes (微心愿), one or more at every status, times relative to `now` so the wall is
 * alive whenever the demo is seeded and nothing falls due at once: 王奶奶's radio (posted by her
 * son 王建国 through 代办) came true with photos and a thank-you on the wall; a legal question is
 * in 吴强's hands; a stairwell lamp waits for its wisher to confirm; a dispute waits for staff.
 * Images are drawn in code (pictures.ts) and stored in the local cloud storage with the records.
 */
import { createHash } from 'crypto'
import type { FileDoc } from '../../types/entities'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../types/points'
import type { WishContactDoc, WishDoc } from '../../types/wish/entities'
import { WISH_LIMITS } from '../../types/limits'
import { dueAt } from '../../types/wish/clock'
import { postedWish } from '../../types/wish/posted'
import { fileIdOf } from '../storage/file-ids'
import { DAY } from './build'
import { lamp, phone, radio, sunny } from './pictures'
import type { SeedSet } from './types'
import { XINAN_ID } from './xinan'

export interface SeedFile {
  fileID: string
  bytes: Buffer
}

const S = XINAN_ID
/** The station's defaults (types/limits.ts WISH_LIMITS): no settings document is seeded. */
const CLOCK = {
  claimTimeoutDays: WISH_LIMITS.claimTimeoutDays.default,
  autoConfirmDays: WISH_LIMITS.autoConfirmDays.default,
}
const POINTS = WISH_LIMITS.pointsPerWish.default

type Spec = Partial<WishDoc> &
  Pick<WishDoc, '_id' | 'title' | 'description' | 'category' | 'wisherId' | 'wisherName' | 'status'> & {
    building: [string, string]
    neededInDays: number
    postedDaysAgo: number
  }

/** Day `n` from now as YYYY-MM-DD in China, and the instant it ends. */
function chinaDay(now: Date, n: number): { day: string; end: Date } {
  const day = new Date(now.getTime() + 8 * 3600_000 + n * DAY).toISOString().slice(0, 10)
  return { day, end: new Date(Date.parse(`${day}T00:00:00Z`) - 8 * 3600_000 + DAY) }
}

function wish(now: Date, spec: Spec): WishDoc {
  const { building, neededInDays, postedDaysAgo, ...fields } = spec
  const needed = chinaDay(now, neededInDays)
  const created = new Date(now.getTime() - postedDaysAgo * DAY)
  const doc: WishDoc = {
    ...postedWish(
      {
        stationId: S,
        neededBy: needed.day,
        neededByEnd: needed.end,
        buildingId: building[0],
        buildingName: building[1],
        postedById: spec.wisherId,
        postedVia: 'self',
        images: [],
        reviewedById: spec.status === 'pending' ? null : 'mb-xa-head',
        reviewedAt: spec.status === 'pending' ? null : new Date(created.getTime() + 3600_000),
        flagged: false,
        ...fields,
      },
      created,
    ),
    ...fields,
  }
  doc.dueAt = dueAt(doc, CLOCK)
  return doc
}

const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY)

const B1: [string, string] = ['bd-xinan-1', '1栋']
const B2: [string, string] = ['bd-xinan-2', '2栋']
const B3: [string, string] = ['bd-xinan-3', '3栋']

function wishes(now: Date, img: (name: string) => string): WishDoc[] {
  return [
    wish(now, {
      _id: 'wi-xa-radio',
      title: '老收音机修一修，想听戏',
      description:
        '家里那台老收音机用了三十年，最近没声音了。我眼睛不好，平时就靠它听越剧，想请懂行的邻居帮忙看看。',
      category: 'repair',
      wisherId: 'mb-xa-elder',
      wisherName: '王奶奶',
      postedById: 'mb-xa-proxy',
      postedVia: 'proxy',
      building: B1,
      neededInDays: -5,
      postedDaysAgo: 14,
      images: [img('seedradio01')],
      status: 'confirmed',
      claimerId: 'mb-xa-vol1',
      claimerName: '孙晓',
      claimedAt: ago(now, 12),
      progressAt: ago(now, 11),
      progressNote: '已和王建国约好周六上门',
      fulfilledAt: ago(now, 10),
      fulfilNote: '换了电池，修好了调台旋钮，能收到戏曲台了。',
      fulfilImages: [img('seedradio02')],
      confirmedAt: ago(now, 9),
      confirmedById: 'mb-xa-elder',
      points: POINTS,
      thanks: '谢谢小孙！收音机又能听越剧了，天天开着。——王奶奶',
      thankedAt: ago(now, 9),
      updatedAt: ago(now, 9),
    }),
    wish(now, {
      _id: 'wi-xa-walk',
      title: '天气好时想有人陪我下楼晒晒太阳',
      description: '腿脚不太灵便，一个人不敢下楼。天气好的下午，想有人扶我到楼下花园坐半小时。',
      category: 'company',
      wisherId: 'mb-xa-elder',
      wisherName: '王奶奶',
      postedById: 'mb-xa-proxy',
      postedVia: 'proxy',
      building: B1,
      neededInDays: 12,
      postedDaysAgo: 2,
      images: [img('seedsunny01')],
      status: 'open',
    }),
    wish(now, {
      _id: 'wi-xa-cert',
      title: '需要上门帮我做养老金资格认证',
      description:
        '每年都要做一次资格认证，今年手机上的人脸识别总是不通过，腿脚不便去不了社区，想请人上门帮忙。',
      category: 'homeVisit',
      wisherId: 'mb-xa-res4',
      wisherName: '黄秀英',
      building: B3,
      neededInDays: 6,
      postedDaysAgo: 1,
      status: 'open',
    }),
    wish(now, {
      _id: 'wi-xa-bike',
      title: '孩子的自行车链条掉了',
      description: '链条掉了装不回去，孩子周末想骑车，谁会修自行车帮忙看一下，工具我家有。',
      category: 'repair',
      wisherId: 'mb-xa-res3',
      wisherName: '林大伟',
      building: B2,
      neededInDays: 4,
      postedDaysAgo: 1,
      status: 'open',
    }),
    wish(now, {
      _id: 'wi-xa-legal',
      title: '想咨询房屋继承的手续怎么办',
      description: '父母留下的房子要过户，不清楚要准备哪些材料、去哪里办，想请懂法律的党员同志给讲讲。',
      category: 'legalAid',
      wisherId: 'mb-xa-res2',
      wisherName: '陈小红',
      building: B1,
      neededInDays: 10,
      postedDaysAgo: 4,
      status: 'claimed',
      claimerId: 'mb-xa-party1',
      claimerName: '吴强',
      claimedAt: ago(now, 2),
      progressAt: ago(now, 1),
      progressNote: '已约好周六上午在驿站议事厅当面聊，请带上房产证复印件。',
      updatedAt: ago(now, 1),
    }),
    wish(now, {
      _id: 'wi-xa-lamp',
      title: '卫生间的灯不亮了',
      description: '卫生间顶灯不亮了，换了灯泡也不行，可能是开关坏了。',
      category: 'repair',
      wisherId: 'mb-xa-res3',
      wisherName: '林大伟',
      building: B2,
      neededInDays: 3,
      postedDaysAgo: 5,
      images: [img('seedlamp001')],
      status: 'fulfilled',
      claimerId: 'mb-xa-vol1',
      claimerName: '孙晓',
      claimedAt: ago(now, 3),
      progressAt: ago(now, 3),
      fulfilledAt: ago(now, 1),
      fulfilNote: '换了一个开关面板，灯亮了。',
      fulfilImages: [img('seedlamp002')],
      updatedAt: ago(now, 1),
    }),
    wish(now, {
      _id: 'wi-xa-clothes',
      title: '想有人帮我把冬衣送去干洗',
      description: '三件厚外套要送小区门口的干洗店，自己拿不动。',
      category: 'dailyHelp',
      wisherId: 'mb-xa-res4',
      wisherName: '黄秀英',
      building: B3,
      neededInDays: 5,
      postedDaysAgo: 6,
      status: 'disputed',
      claimerId: 'mb-xa-res5',
      claimerName: '杨帆',
      claimedAt: ago(now, 5),
      progressAt: ago(now, 5),
      fulfilledAt: ago(now, 3),
      fulfilNote: '已送到干洗店。',
      disputeReason: '只送去了一件，还有两件没拿走。',
      disputedAt: ago(now, 2),
      updatedAt: ago(now, 2),
    }),
    wish(now, {
      _id: 'wi-xa-pots',
      title: '帮我把阳台的旧花盆搬下楼',
      description: '阳台上有六个旧花盆，想搬到楼下垃圾站，太重了搬不动。',
      category: 'dailyHelp',
      wisherId: 'mb-xa-res1',
      wisherName: '刘阿姨',
      building: B1,
      neededInDays: -18,
      postedDaysAgo: 25,
      status: 'confirmed',
      claimerId: 'mb-xa-party1',
      claimerName: '吴强',
      claimedAt: ago(now, 24),
      progressAt: ago(now, 24),
      fulfilledAt: ago(now, 22),
      fulfilNote: '六个花盆都搬到垃圾站了。',
      confirmedAt: ago(now, 21),
      confirmedById: 'mb-xa-res1',
      points: POINTS,
      thanks: '小吴力气大，十分钟就搬完了，谢谢！',
      thankedAt: ago(now, 21),
      updatedAt: ago(now, 21),
    }),
    wish(now, {
      _id: 'wi-xa-phone',
      title: '想请人教我用手机在网上挂号',
      description: '每次去医院都要排长队，听说手机上能挂号，想请年轻人教教我。',
      category: 'dailyHelp',
      wisherId: 'mb-xa-res1',
      wisherName: '刘阿姨',
      building: B1,
      neededInDays: 9,
      postedDaysAgo: 0.1,
      images: [img('seedphone01')],
      status: 'pending',
    }),
    wish(now, {
      _id: 'wi-xa-smoke',
      title: '帮忙代买两条香烟',
      description: '楼下小卖部没有我抽的牌子。',
      category: 'other',
      wisherId: 'mb-xa-res3',
      wisherName: '林大伟',
      building: B2,
      neededInDays: 3,
      postedDaysAgo: 3,
      status: 'rejected',
      rejectReason: '心愿墙不代购烟酒，请理解。',
    }),
    wish(now, {
      _id: 'wi-xa-dumplings',
      title: '冬至想有人一起包饺子',
      description: '孩子在外地回不来，想有人一起包顿饺子热闹热闹。',
      category: 'company',
      wisherId: 'mb-xa-res1',
      wisherName: '刘阿姨',
      building: B1,
      neededInDays: -15,
      postedDaysAgo: 30,
      status: 'expired',
      updatedAt: ago(now, 15),
    }),
    wish(now, {
      _id: 'wi-xa-airport',
      title: '找人一起拼车去机场',
      description: '下周三早上去机场，想找同路的邻居拼车。',
      category: 'other',
      wisherId: 'mb-xa-res2',
      wisherName: '陈小红',
      building: B1,
      neededInDays: 6,
      postedDaysAgo: 3,
      status: 'withdrawn',
      updatedAt: ago(now, 2),
    }),
  ]
}

const PHONES: Record<string, [string, string]> = {
  'mb-xa-res1': ['刘阿姨', '13905710006'],
  'mb-xa-res2': ['陈小红', '13705710014'],
  'mb-xa-res3': ['林大伟', '13705710015'],
  'mb-xa-res4': ['黄秀英', '13705710016'],
  // 王奶奶 has no phone: her stand-in answers.
  'mb-xa-elder': ['王建国（王奶奶的代办人）', '13905710009'],
}

const ROOMS: Record<string, string> = {
  'mb-xa-res1': '1栋1单元301',
  'mb-xa-res2': '1栋1单元302',
  'mb-xa-res3': '2栋2单元602',
  'mb-xa-res4': '3栋1单元201',
  'mb-xa-elder': '1栋2单元101（一楼东户，门口有两盆月季）',
}

function contactOf(w: WishDoc): WishContactDoc {
  const [contactName, contactPhone] = PHONES[w.wisherId]
  return {
    _id: w._id,
    stationId: S,
    contactName,
    contactPhone,
    address: ROOMS[w.wisherId],
    createdAt: w.createdAt,
  }
}

/** The ledger's derived ids (cloudfunctions/_kernel/ledger.ts; tests/cloud/wish/seed.test.ts keeps them equal). */
const hashId = (prefix: string, key: string) =>
  `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 26)}`

function points(confirmed: WishDoc[]): {
  pointsLedger: PointsEntryDoc[]
  pointsBalances: PointsBalanceDoc[]
} {
  const entries: PointsEntryDoc[] = []
  const balances = new Map<string, PointsBalanceDoc>()
  for (const w of [...confirmed].sort((a, b) => a.confirmedAt!.getTime() - b.confirmedAt!.getTime())) {
    const memberId = w.claimerId!
    const balance = balances.get(memberId) ?? {
      _id: hashId('pb', `${S}|${memberId}`),
      stationId: S,
      memberId,
      balance: 0,
      earned: 0,
      spent: 0,
      updatedAt: w.confirmedAt!,
    }
    balance.balance += w.points
    balance.earned += w.points
    balance.updatedAt = w.confirmedAt!
    balances.set(memberId, balance)
    const key = `wish:${w._id}:confirmed`
    entries.push({
      _id: hashId('pe', `${S}|${key}`),
      stationId: S,
      memberId,
      delta: w.points,
      reason: `实现心愿「${w.title}」`,
      refType: 'wish',
      refId: w._id,
      idempotencyKey: key,
      balanceAfter: balance.balance,
      byMemberId: w.confirmedById,
      createdAt: w.confirmedAt!,
    })
  }
  return { pointsLedger: entries, pointsBalances: [...balances.values()] }
}

const FULFILMENT = ['seedradio02', 'seedlamp002']

const PICTURES: Record<string, () => Buffer> = {
  seedradio01: () => radio(),
  seedradio02: () => radio(true),
  seedsunny01: sunny,
  seedlamp001: lamp,
  seedlamp002: lamp,
  seedphone01: phone,
}

/** The wishes, their contacts, the points they paid, and the image files to put in storage. */
export function xinanWishSeed(now: Date, envId: string): { set: SeedSet; files: SeedFile[] } {
  // Fulfilment photos live under their own kind, as an upload from the app would.
  const fileIdFor = (name: string) =>
    fileIdOf(envId, `stations/${S}/${FULFILMENT.includes(name) ? 'fulfilment' : 'wish'}/server/${name}.png`)
  const all = wishes(now, fileIdFor)
  const files: SeedFile[] = Object.entries(PICTURES).map(([name, draw]) => ({
    fileID: fileIdFor(name),
    bytes: draw(),
  }))
  const records: FileDoc[] = all.flatMap((w) => [
    ...w.images.map((fileID) => fileRecord(w, fileID, 'wish', 'wish', files)),
    ...w.fulfilImages.map((fileID) => fileRecord(w, fileID, 'fulfilment', 'wishFulfilment', files)),
  ])
  return {
    set: {
      wishes: all,
      wishContacts: all.map(contactOf),
      files: records,
      ...points(all.filter((w) => w.status === 'confirmed')),
    },
    files,
  }
}

function fileRecord(
  w: WishDoc,
  fileID: string,
  kind: FileDoc['kind'],
  itemType: string,
  files: SeedFile[],
): FileDoc {
  return {
    _id: `fl-${w._id}-${fileID.slice(-15, -4)}`,
    stationId: S,
    fileID,
    kind,
    itemType,
    itemId: w._id,
    ownerMemberId: null,
    ownerOpenid: null,
    bytes: files.find((f) => f.fileID === fileID)!.bytes.length,
    mime: 'image/png',
    check: 'none',
    traceId: null,
    checkedAt: null,
    createdAt: w.createdAt,
  }
}
