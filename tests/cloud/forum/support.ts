/**
 * The forum's cloud-test setting: the two fixture stations plus 馨安's 邻里夜话 demo (topics at
 * every status, a past and a coming session; times relative to the real clock, as the actions'
 * own), its images in the test cloud's storage, and a topic at the other station that must never
 * show up here. Helpers to raise topics with images and to read what the forum stored.
 */
import { xinanForumSeed, topicIdOf } from '../../../localcloud/seed/xinan-forum'
import { scenePng } from '../../../localcloud/seed/png'
import type { TopicDoc } from '../../../types/forum/entities'
import { raisedTopic } from '../../../types/forum/raised'
import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { seededCloud } from '../support/helpers'
import { ownerKey } from '../../../types/storage-paths'

/** The sides' representatives the forum seed adds, and the people the tests use most. */
export const FP = {
  ...P,
  propertyRep: 'demo-property-rep', // 钱志刚, 物业 (sideRep only)
  committeeRep: 'demo-committee-rep', // 孙丽华, 业委会
  communityRep: 'demo-community-rep', // 何丽, 社区
  resident3: 'demo-resident3', // 林大伟, author of the anonymous topic 2
  resident4: 'demo-resident4', // 黄秀英, author of topic 1
  resident5: 'demo-resident5', // 杨帆, author of the anonymous topic 5
}

export const T = {
  submitted: topicIdOf(1),
  anonymousSubmitted: topicIdOf(2),
  accepted: topicIdOf(3),
  assigned: topicIdOf(4),
  overdue: topicIdOf(5),
  committee: topicIdOf(6),
  replied: topicIdOf(7),
  resolved: topicIdOf(8),
  rated: topicIdOf(9),
  escalated: topicIdOf(10),
  declined: topicIdOf(11),
  closed: topicIdOf(12),
  hidden: topicIdOf(13),
  other: 'tp-other-1',
}

export const PAST_SESSION = 'ts-xinan-1'
export const COMING_SESSION = 'ts-xinan-2'

export async function forumCloud(): Promise<TestCloud> {
  const t = await seededCloud()
  const forum = xinanForumSeed(new Date())
  for (const file of forum.files) await t.cloud.storage.write(file.fileID, file.bytes)
  await t.seed({ ...forum.set, topics: [...(forum.set.topics ?? []), otherTopic()] })
  return t
}

/** A topic at the other station, anonymous, with the other station's resident as author. */
function otherTopic(): TopicDoc {
  return raisedTopic(
    {
      _id: T.other,
      stationId: OTHER,
      title: '外站的秘密议题',
      body: '外站楼道的内容',
      category: 'safety',
      buildingId: null,
      buildingName: '全小区',
      images: [],
      anonymous: true,
      authorId: 'mb-ot-res',
      authorName: '外居民',
      raisedById: 'mb-ot-res',
      review: false,
    },
    new Date(),
  )
}

/** Uploads a PNG into the caller's own folder at 馨安, as the app does; answers its file id. */
export async function upload(t: TestCloud, openid: string, n = 1): Promise<string> {
  const path = `stations/${XINAN}/topic/${ownerKey(openid)}/upload${String(n).padStart(4, '0')}x.png`
  return t.cloud.storage.put(path, scenePng(n))
}

/** Uploads a PNG for an anonymous topic: into a fresh folder the station hands out. */
export async function uploadAnonymous(t: TestCloud, openid: string, n = 1): Promise<string> {
  const target = await t.ok(openid, 'station', 'uploadTarget', { kind: 'topic', anonymous: true })
  return t.cloud.storage.put(`${target.prefix}${target.namePrefix}upload${n}x.png`, scenePng(n))
}

export function topicDoc(t: TestCloud, id: string): TopicDoc {
  const [doc] = t.cloud.db.find('topics', { _id: id }) as unknown as TopicDoc[]
  if (!doc) throw new Error(`no topic ${id}`)
  return doc
}

export const raise = (overrides: Record<string, unknown> = {}) => ({
  title: '小区南门路灯不亮',
  body: '南门进来那段路的两盏路灯坏了，晚上很黑。',
  category: 'repairs',
  ...overrides,
})
