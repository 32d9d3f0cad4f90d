/**
 * Contact and exact address never appear to anyone but the wisher (and their stand-in), the
 * claimer and staff — in any answer of any wish action. A wish's life is played through while
 * every person (residents, helpers, a building head, a pending registrant, a guest, another
 * station's staff) calls every action after every step; each answer is then scanned for every
 * wish's contact number, room and address note, and each find must be someone allowed to see it.
 */
import { actions } from '../../../cloudfunctions/wish'
import type { MemberDoc } from '../../../types/entities'
import type { WishContactDoc, WishDoc } from '../../../types/wish/entities'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits } from '../support/helpers'
import { M, upload, wishCloud, wishInput } from './support'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => {
  t = await wishCloud()
})
afterAll(() => t.stop())

interface Heard {
  openid: string | null
  onBehalfOf?: string
  action: string
  answer: string
}
const heard: Heard[] = []
/** Claimers over the whole story (a claimer who gave a wish back was still its claimer). */
const claimers = new Map<string, Set<string>>()

async function call(
  openid: string | null,
  action: string,
  input: Record<string, unknown>,
  onBehalfOf?: string,
) {
  const res = await t.call(openid, 'wish', action as never, input, onBehalfOf ? { onBehalfOf } : {})
  heard.push({ openid, onBehalfOf, action, answer: JSON.stringify(res) })
  if (action === 'claim' && res.ok) {
    const set = claimers.get(input.wishId as string) ?? new Set()
    set.add(openid!)
    claimers.set(input.wishId as string, set)
  }
  return res
}

const PEOPLE: { openid: string | null; onBehalfOf?: string }[] = [
  { openid: P.resident },
  { openid: P.resident2 },
  { openid: P.volunteer },
  { openid: P.party },
  { openid: P.proxy },
  { openid: P.proxy, onBehalfOf: M.elder },
  { openid: P.head1 }, // a building head is not staff
  { openid: P.pending },
  { openid: P.guest },
  { openid: P.otherStaff },
  { openid: P.otherResident },
  { openid: null },
  { openid: P.staff },
]

/** Every action of the function, with input that reads or tries to move `wishId`. */
function everyAction(wishId: string): [string, Record<string, unknown>][] {
  const byAction: Record<string, Record<string, unknown>> = {
    post: wishInput({ title: '扫描时发的心愿' }),
    withdraw: { wishId: 'wi-none' },
    contact: { wishId },
    findResident: { q: '王' },
    wall: { filter: 'open' },
    detail: { wishId },
    mine: {},
    myClaims: {},
    helperSummary: {},
    claim: { wishId: 'wi-none' },
    release: { wishId: 'wi-none' },
    progress: { wishId: 'wi-none', note: '进展' },
    fulfil: { wishId: 'wi-none', note: '好了', images: ['cloud://x.y/z.png'] },
    confirm: { wishId: 'wi-none' },
    dispute: { wishId: 'wi-none', reason: '没做' },
    thank: { wishId: 'wi-none', thanks: '谢谢' },
    queue: { status: 'pending' },
    review: { wishId: 'wi-none', decision: 'approve' },
    resolve: { wishId: 'wi-none', decision: 'confirm', note: '好' },
    stats: {},
    settings: {},
    saveSettings: { claimTimeoutDays: 7, autoConfirmDays: 7, pointsPerWish: 10 },
    runTimers: { adminToken: 'x'.repeat(20) },
    rebuildCounters: { adminToken: 'x'.repeat(20) },
  }
  expect(Object.keys(byAction).sort()).toEqual(Object.keys(actions).sort())
  return Object.entries(byAction)
}

async function sweep(wishIds: string[]) {
  for (const person of PEOPLE)
    for (const wishId of wishIds)
      for (const [action, input] of everyAction(wishId)) {
        // Only detail and contact name a wish; the rest answer the same whichever wish is meant.
        if (wishId !== wishIds[0] && !['detail', 'contact'].includes(action)) continue
        await call(person.openid, action, input, person.onBehalfOf)
      }
  for (const filter of ['open', 'claimed', 'fulfilled'])
    for (const person of PEOPLE) await call(person.openid, 'wall', { filter }, person.onBehalfOf)
}

test('a wish’s life, every person calling every action after every step', async () => {
  const photo = await upload(t, P.resident, 'wish')
  const w1 = await call(P.resident, 'post', {
    ...wishInput({ images: [photo] }),
    contactPhone: '13612345678',
    addressNote: '进门左手第二间',
  })
  const elderPhoto = await upload(t, P.proxy, 'wish')
  const w2 = await call(
    P.proxy,
    'post',
    wishInput({ title: '想有人帮我读报', images: [elderPhoto] }),
    M.elder,
  )
  if (!w1.ok || !w2.ok) throw new Error('posting failed')
  const idOf = (data: unknown) => (data as { wishId: string }).wishId
  const ids = [idOf(w1.data), idOf(w2.data), 'wi-xa-legal', 'wi-xa-clothes']
  await sweep(ids)
  await call(P.staff, 'review', { wishId: ids[0], decision: 'approve' })
  await call(P.staff, 'review', { wishId: ids[1], decision: 'approve' })
  await sweep(ids)
  await call(P.volunteer, 'claim', { wishId: ids[0] })
  await call(P.party, 'claim', { wishId: ids[1] })
  await call(P.volunteer, 'contact', { wishId: ids[0] })
  await sweep(ids)
  await call(P.party, 'release', { wishId: ids[1] })
  await call(P.volunteer, 'progress', { wishId: ids[0], note: '明天上门' })
  await call(P.volunteer, 'fulfil', {
    wishId: ids[0],
    note: '修好了',
    images: [await upload(t, P.volunteer, 'fulfilment')],
  })
  await sweep(ids)
  await call(P.resident, 'dispute', { wishId: ids[0], reason: '还在滴水' })
  await sweep(ids)
  await call(P.staff, 'resolve', { wishId: ids[0], decision: 'confirm', note: '看过了，修好了' })
  await call(P.resident, 'thank', { wishId: ids[0], thanks: '谢谢小孙' })
  await sweep(ids)
  expect(heard.length).toBeGreaterThan(2000)
})

/**
 * Each secret (a contact number, a room, a note on finding the door) and who may see it. A number
 * may be the contact of several wishes (王奶奶's all give her son's): whoever may see it on one of
 * them may see it.
 */
function secretsAndWhoMaySee(): Map<string, Set<string | undefined>> {
  const contacts = t.cloud.db.find('wishContacts', {}) as unknown as WishContactDoc[]
  const wishes = new Map((t.cloud.db.find('wishes', {}) as unknown as WishDoc[]).map((w) => [w._id, w]))
  const members = t.cloud.db.find('members', {}) as unknown as MemberDoc[]
  const openidOf = new Map(members.map((m) => [m._id, m.openid]))
  const staffOf = (stationId: string) =>
    members
      .filter((m) => m.stationId === stationId && m.status === 'verified')
      .filter((m) => m.roles.some((r) => ['stationHead', 'deputyHead', 'staff'].includes(r)))
      .map((m) => m.openid)
  const allowedFor = new Map<string, Set<string | undefined>>()
  for (const contact of contacts) {
    const wish = wishes.get(contact._id)!
    const may = [
      openidOf.get(wish.wisherId),
      openidOf.get(wish.postedById),
      openidOf.get(wish.claimerId ?? ''),
      ...(claimers.get(wish._id) ?? []),
      ...staffOf(wish.stationId),
    ]
    // The room is the address without its building (the building is public on the wall).
    const [room, note] = contact.address.slice(wish.buildingName.length).split(/[（）]/)
    for (const secret of [contact.contactPhone, room, note].filter(Boolean)) {
      const allowed = allowedFor.get(secret) ?? new Set()
      for (const who of may) allowed.add(who)
      allowedFor.set(secret, allowed)
    }
  }
  return allowedFor
}

test('no answer shows a contact, room or address note to anyone not allowed to see it', () => {
  let checked = 0
  for (const [secret, allowed] of secretsAndWhoMaySee())
    for (const h of heard) {
      if (!h.answer.includes(secret)) continue
      checked++
      if (!allowed.has(h.openid ?? ''))
        throw new Error(
          `${h.action} answered ${h.openid} (for ${h.onBehalfOf ?? 'themselves'}) with "${secret}"`,
        )
    }
  // The scan saw the secrets where they belong (the wisher, the claimer, staff), so it can fail.
  expect(checked).toBeGreaterThan(20)
})

test('each reveal to the claimer (and to staff) is audited; the wisher’s own is not', () => {
  const reveals = audits(t, 'wish.contact')
  expect(reveals.length).toBeGreaterThan(0)
  expect(reveals.some((a) => a.actorName === '孙晓')).toBe(true)
  expect(reveals.some((a) => a.actorName === '刘阿姨')).toBe(false)
})
