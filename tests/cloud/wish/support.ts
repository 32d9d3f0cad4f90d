/**
 * A local cloud for the wish tests: the two fixture stations, 馨安's demo wishes (seeded as of
 * the real clock, since the functions read it) with their images in storage, and one wish at the
 * other station that must never show up at 馨安. Helpers to upload, post and move the clock.
 */
import { xinanWishSeed } from '../../../localcloud/seed/xinan-wish'
import type { WishDoc } from '../../../types/wish/entities'
import type { TestCloud } from '../support/cloud'
import { OTHER, P } from '../support/fixtures'
import { seededCloud } from '../support/helpers'

export const DAY = 24 * 3600 * 1000

/** The PNG signature and some bytes: what `attach` accepts as an image. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
])

/** 馨安 people by member id, as the wish tests use them. */
export const M = {
  elder: 'mb-xa-elder', //   王奶奶, no phone; 王建国 (P.proxy) stands in
  proxy: 'mb-xa-proxy',
  resident: 'mb-xa-res1', // 刘阿姨, neither volunteer nor party member
  volunteer: 'mb-xa-vol1', // 孙晓
  party: 'mb-xa-party1', // 吴强
  staff: 'mb-xa-head', //   李建华
}

export const OTHER_WISH = 'wi-other-1'

export async function wishCloud(): Promise<TestCloud> {
  const t = await seededCloud()
  const { set, files } = xinanWishSeed(new Date(), t.cloud.envId)
  for (const file of files) await t.cloud.storage.write(file.fileID, file.bytes)
  const other = otherStationWish(set.wishes![1])
  await t.seed({
    ...set,
    wishes: [...set.wishes!, ...other.wishes],
    wishContacts: [...set.wishContacts!, ...other.wishContacts],
  })
  return t
}

/** One open wish and its contact at the other station (every id names `other`). */
function otherStationWish(template: WishDoc) {
  const wish: WishDoc = {
    ...template,
    _id: OTHER_WISH,
    stationId: OTHER,
    title: '外站的心愿',
    description: '外站心愿说明',
    buildingId: 'bd-other-1',
    buildingName: '外1栋',
    wisherId: 'mb-ot-res',
    wisherName: '外居民',
    postedById: 'mb-ot-res',
    postedVia: 'self',
    images: [],
  }
  return {
    wishes: [wish],
    wishContacts: [
      {
        _id: OTHER_WISH,
        stationId: OTHER,
        contactName: '外居民',
        contactPhone: '13800008888',
        address: '外1栋1单元101',
        createdAt: new Date(),
      },
    ],
  }
}

let seq = 0
/** Uploads as the H5 app does: ask where, then POST the bytes to the local endpoint. */
export async function upload(
  t: TestCloud,
  openid: string,
  kind: 'wish' | 'fulfilment',
  bytes: Buffer = PNG,
): Promise<string> {
  const { prefix } = await t.ok(openid, 'station', 'uploadTarget', { kind })
  const cloudPath = `${prefix}${`wishup${++seq}`.padEnd(12, '0')}.png`
  const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { 'x-dev-openid': openid },
  })
  const body = (await res.json()) as { ok: boolean; data: { fileID: string } }
  if (!body.ok) throw new Error(`upload failed: ${JSON.stringify(body)}`)
  return body.data.fileID
}

/** A day `n` days from now, as the app sends it. */
export function dayIn(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 + n * DAY).toISOString().slice(0, 10)
}

export const wishInput = (extra: Record<string, unknown> = {}) => ({
  title: '想请人帮忙换个水龙头',
  description: '厨房水龙头一直滴水，家里没有工具。',
  category: 'repair',
  neededBy: dayIn(7),
  ...extra,
})

/** Posts as `openid` and approves as staff: an open wish on the wall; answers its id. */
export async function openWish(
  t: TestCloud,
  openid: string = P.resident,
  extra: Record<string, unknown> = {},
  call: { onBehalfOf?: string } = {},
): Promise<string> {
  const posted = await t.ok(openid, 'wish', 'post', wishInput(extra), call)
  await t.ok(P.staff, 'wish', 'review', { wishId: posted.wishId, decision: 'approve' })
  return posted.wishId
}

/** Runs the clock's moves as if it were `at`. */
export function runClock(t: TestCloud, at: Date, stationId?: string) {
  return t.ok(null, 'wish', 'runTimers', {
    adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
    now: at.toISOString(),
    ...(stationId ? { stationId } : {}),
  })
}

export function wishDoc(t: TestCloud, wishId: string): WishDoc {
  const [doc] = t.cloud.db.find('wishes', { _id: wishId }) as unknown as WishDoc[]
  if (!doc) throw new Error(`no wish ${wishId}`)
  return doc
}
