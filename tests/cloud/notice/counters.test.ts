/**
 * The figures a notice's author sees equal a recount of households, after any mix of opens: many
 * at once, the same person again and again, a stand-in reading for an elder, guests, registrations
 * verified after posting. The expected figures are worked out here from who opened what (a model
 * independent of the function's records), and again from the records; rebuildCounters makes the
 * same figures from the records.
 */
import { building, member, rooms } from '../../../localcloud/seed/build'
import type { HouseholdDoc, MemberDoc } from '../../../types/entities'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { figures, noticeCloud, postInput, recount } from './support'
import type { Figures } from './support'
import { seededPick } from '../support/random'
import { modifyRecord } from '../support/helpers'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await noticeCloud()
})
afterEach(() => t.stop())

/** Who opens: [openid, acting for (member id) or undefined]. */
const OPENERS: [string, string?][] = [
  [P.resident],
  [P.resident2],
  [P.head1],
  [P.party],
  [P.proxy],
  [P.proxy, 'mb-xa-elder'],
  [P.volunteer],
  ['demo-resident3'],
  [P.deputy],
  [P.staff],
  ['demo-resident4'],
  [P.head2],
  ['demo-resident5'],
  [P.pending],
  [P.pending2],
  [P.pending3],
  [P.guest],
]
const WAITING = ['mb-xa-pend1', 'mb-xa-pend2', 'mb-xa-pend3']

interface Posted {
  id: string
  /** Buildings, and units (empty: all), it reaches. */
  target: Map<string, number[]> | 'all'
  audience: Set<string>
}

class Model {
  readonly reads = new Map<string, Set<string>>()
  constructor(private readonly t: TestCloud) {}

  members(): MemberDoc[] {
    return this.t.cloud.db.find('members', { stationId: XINAN }) as unknown as MemberDoc[]
  }
  households(): Map<string, HouseholdDoc> {
    const list = this.t.cloud.db.find('households', { stationId: XINAN }) as unknown as HouseholdDoc[]
    return new Map(list.map((h) => [h._id, h]))
  }
  reaches(p: Posted, h: HouseholdDoc): boolean {
    if (p.target === 'all') return true
    const units = p.target.get(h.buildingId)
    return !!units && (units.length === 0 || units.includes(h.unit))
  }
  /** Households with a verified member now, in the target: what posting now fixes as the audience. */
  audienceNow(p: Omit<Posted, 'audience'>): Set<string> {
    const hh = this.households()
    return new Set(
      this.members()
        .filter(
          (m) =>
            m.status === 'verified' &&
            m.householdId &&
            this.reaches({ ...p, audience: new Set() }, hh.get(m.householdId)!),
        )
        .map((m) => m.householdId!),
    )
  }
  /** An open by this person (for someone) counts if they are verified now and it reaches their household. */
  open(p: Posted, openid: string, forId?: string) {
    const who = this.members().find((m) => (forId ? m._id === forId : m.openid === openid))
    if (!who || who.status !== 'verified' || !who.householdId) return
    if (!this.reaches(p, this.households().get(who.householdId)!)) return
    const set = this.reads.get(p.id) ?? new Set()
    set.add(who.householdId)
    this.reads.set(p.id, set)
  }
  expected(p: Posted): Record<string, Figures> {
    const hh = this.households()
    const out: Record<string, Figures> = {}
    const read = this.reads.get(p.id) ?? new Set()
    for (const id of new Set([...p.audience, ...read])) {
      const h = hh.get(id)!
      out[h.buildingId] ??= { targeted: 0, read: 0, units: {} }
      const f = out[h.buildingId]
      f.units[h.unit] ??= { targeted: 0, read: 0 }
      f.targeted++
      f.units[h.unit].targeted++
      if (read.has(id)) {
        f.read++
        f.units[h.unit].read++
      }
    }
    return out
  }
}

async function postAs(model: Model, openid: string, target: Posted['target']): Promise<Posted> {
  const input =
    target === 'all'
      ? { all: true }
      : { buildings: [...target].map(([buildingId, units]) => ({ buildingId, units })) }
  const audience = model.audienceNow({ id: '', target })
  const { noticeId } = await t.ok(openid, 'notice', 'post', postInput({ target: input }))
  const posted = { id: noticeId, target, audience }
  // The author's own household counts as read when it is in the target.
  model.open(posted, openid)
  return posted
}

test.each([1, 2, 3, 4])(
  'read / targeted per building and unit equal a recount of households (seed %i)',
  async (seed) => {
    const pick = seededPick(seed)
    const model = new Model(t)
    const notices = [
      await postAs(model, P.staff, 'all'),
      await postAs(
        model,
        P.head1,
        new Map([
          ['bd-xinan-1', []],
          ['bd-xinan-2', []],
        ]),
      ),
      await postAs(
        model,
        P.staff,
        new Map([
          ['bd-xinan-1', [2]],
          ['bd-xinan-3', [2]],
        ]),
      ),
    ]
    const waiting = [...WAITING]
    for (let round = 0; round < 6; round++) {
      // Now and then a waiting registration is verified: from then on their opens count.
      if (waiting.length && pick(2) === 0) {
        const memberId = waiting.splice(pick(waiting.length), 1)[0]
        await t.ok(P.staff, 'station', 'verify', { memberId, decision: 'approve' })
      }
      const batch = Array.from({ length: 1 + pick(8) }, () => {
        const [openid, forId] = OPENERS[pick(OPENERS.length)]
        const p = notices[pick(notices.length)]
        return { openid, forId, p, group: pick(3) === 0 ? 'local-group:xinan-1' : undefined }
      })
      // The same open twice at once, sometimes.
      if (pick(2) === 0) batch.push(batch[0])
      const answers = await Promise.all(
        batch.map((b) =>
          t.call(
            b.openid,
            'notice',
            'open',
            { noticeId: b.p.id, groupCloudID: b.group },
            b.forId ? { onBehalfOf: b.forId } : {},
          ),
        ),
      )
      batch.forEach((b, i) => answers[i].ok && model.open(b.p, b.openid, b.forId))
      for (const p of notices) {
        const seen = await figures(t, P.staff, p.id)
        expect(seen).toEqual(model.expected(p))
        expect(seen).toEqual(recount(t, p.id))
      }
    }
    // Rebuilt from the records, the same figures.
    const before = await Promise.all(
      notices.map((p) => t.ok(P.staff, 'notice', 'readStats', { noticeId: p.id })),
    )
    await t.ok(null, 'notice', 'rebuildCounters', {
      adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
      stationId: XINAN,
    })
    const after = await Promise.all(
      notices.map((p) => t.ok(P.staff, 'notice', 'readStats', { noticeId: p.id })),
    )
    expect(after).toEqual(before)
  },
)

test('readStats reads counters, not reads: its answer follows the counter documents', async () => {
  const [doc] = t.cloud.db
    .find('counters', { stationId: XINAN, name: 'notice.reach' })
    .filter(
      (c) =>
        (c as { dims: { noticeId: string; buildingId: string } }).dims.noticeId === 'nt-xinan-water' &&
        (c as { dims: { buildingId: string } }).dims.buildingId === 'bd-xinan-1',
    ) as { _id: string }[]
  await modifyRecord(t, 'counters', { _id: doc._id }, { $set: { 'values.read': 999 } })
  const stats = await t.ok(P.staff, 'notice', 'readStats', { noticeId: 'nt-xinan-water' })
  expect(stats.buildings[0].read).toBe(999)
})

test('a group chat opening a building notice at once: everyone reads it, and the figures equal a recount', async () => {
  // 9栋 with 80 households, one verified person each, all opening the card in the same moment.
  const now = new Date()
  const b = building(XINAN, 'xinan', 9, 4, now)
  const homes = rooms(b, 10, 2, now)
  const people = homes.map((h, i) =>
    member(
      XINAN,
      { id: `mb-crowd-${i}`, openid: `crowd-${i}`, name: `邻居${i}`, phone: '', household: h },
      now,
    ),
  )
  await t.seed({ buildings: [b], households: homes, members: people })
  const { noticeId } = await t.ok(
    P.staff,
    'notice',
    'post',
    postInput({ target: { buildings: [{ buildingId: b._id }] } }),
  )
  const answers = await Promise.all(people.map((p) => t.call(p.openid, 'notice', 'open', { noticeId })))
  expect(answers.every((a) => a.ok)).toBe(true)
  const counted = answers.filter((a) => a.ok && a.data.readState.counted).length
  // Whoever did not get in at that moment is told so, and counts on opening it again.
  const late = people.filter(
    (_, i) =>
      answers[i].ok && !(answers[i] as { data: { readState: { counted: boolean } } }).data.readState.counted,
  )
  for (const p of late) await t.ok(p.openid, 'notice', 'open', { noticeId })
  const stats = await figures(t, P.staff, noticeId)
  expect(stats[b._id]).toMatchObject({ targeted: 80, read: 80 })
  expect(stats).toEqual(recount(t, noticeId))
  expect(counted).toBeGreaterThan(40)
})
