/**
 * Activity covers and reward images live in cloud storage: the organiser's own upload is
 * attached and handed back as a temporary URL to whoever may read the activity; someone else's
 * upload, or more than one cover, is INVALID_INPUT naming the field and writes nothing; a new
 * cover replaces the old one, whose file is deleted.
 */
import type { TestCloud } from '../support/cloud'
import { expectRefused } from '../support/helpers'
import { V, volunteerCloud } from './support'

jest.setTimeout(60_000)

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 1),
])

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

let seq = 0
async function upload(openid: string, kind: 'activity' | 'reward'): Promise<string> {
  const { prefix } = await t.ok(openid, 'station', 'uploadTarget', { kind })
  const cloudPath = `${prefix}${`cover${++seq}`.padEnd(12, '0')}.png`
  const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    body: new Uint8Array(PNG),
    headers: { 'x-dev-openid': openid },
  })
  return ((await res.json()) as { data: { fileID: string } }).data.fileID
}

const at = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
const form = (cover: string[], activityId?: string) => ({
  ...(activityId ? { activityId } : {}),
  title: '义剪',
  category: 'haircut',
  place: '驿站门口',
  teamId: 'vt-xinan-flag1',
  startAt: at(50),
  endAt: at(52),
  signupDeadline: at(40),
  capacity: 5,
  points: { mode: 'fixed', amount: 5 },
  cover,
})

test('a cover: attached, shown to residents as a temporary URL; replaced, the old file goes', async () => {
  const first = await upload(V.organiser.openid, 'activity')
  const saved = await t.ok(V.organiser.openid, 'volunteer', 'saveActivity', form([first]))
  await t.ok(V.organiser.openid, 'volunteer', 'publishActivity', { activityId: saved.activityId })
  const seen = await t.ok(V.resident.openid, 'volunteer', 'getActivity', { activityId: saved.activityId })
  expect(seen.coverUrl).toMatch(/^http/)
  expect((await fetch(seen.coverUrl!)).status).toBe(200)
  const second = await upload(V.organiser.openid, 'activity')
  await t.ok(V.organiser.openid, 'volunteer', 'saveActivity', form([second], saved.activityId))
  const files = t.cloud.db.find('files', { itemType: 'activity', itemId: saved.activityId }) as unknown as {
    fileID: string
  }[]
  expect(files.map((f) => f.fileID)).toEqual([second])
})

test("someone else's upload, or two covers, is INVALID_INPUT on `cover` and writes nothing", async () => {
  const theirs = await upload(V.resident.openid, 'activity')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form([theirs])),
    'cover.0',
  )
  const a = await upload(V.organiser.openid, 'activity')
  const b = await upload(V.organiser.openid, 'activity')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form([a, b])),
    'cover',
  )
})

test('a reward image is shown with the reward', async () => {
  const image = await upload(V.staff.openid, 'reward')
  const reward = await t.ok(V.staff.openid, 'volunteer', 'saveReward', {
    title: '洗车券',
    provider: '馨安物业',
    cost: 5,
    stock: 3,
    validUntil: at(240),
    image: [image],
  })
  expect(reward.imageUrl).toMatch(/^http/)
})
