/** Aggregation pipelines through collection.aggregate()…end(), as the SDK sends them. */
import { startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud } from './helpers/local-cloud'

let lc: LocalCloud

beforeAll(async () => {
  lc = await startLocalCloud()
  await lc.db.createCollection('signups')
  await lc.db.createCollection('activities')
  await lc.db.insertMany('activities', [
    { _id: 'a1', title: '清洁楼道', capacity: 10 },
    { _id: 'a2', title: '义诊', capacity: 5 },
  ])
  await lc.db.insertMany('signups', [
    { _id: 's1', activityId: 'a1', hours: 2, tags: ['x', 'y'] },
    { _id: 's2', activityId: 'a1', hours: 3, tags: ['y'] },
    { _id: 's3', activityId: 'a2', hours: 1, tags: [] },
    { _id: 's4', activityId: 'a3', hours: 4, tags: ['x'] },
  ])
})
afterAll(() => lc.close())

const signups = () => lc.database.collection('signups')

test('match, group, sort, skip and limit compute per-group totals in order', async () => {
  const $ = lc.database.command.aggregate
  const { list } = await signups()
    .aggregate()
    .match({ hours: lc.database.command.gte(1) })
    .group({ _id: '$activityId', total: $.sum('$hours'), count: $.sum(1) })
    .sort({ total: -1 })
    .skip(1)
    .limit(2)
    .end()
  // Totals are a1: 5, a3: 4, a2: 1; skipping the largest leaves a3 and a2.
  expect(list).toEqual([
    { _id: 'a3', total: 4, count: 1 },
    { _id: 'a2', total: 1, count: 1 },
  ])
})

test('project reshapes documents', async () => {
  const $ = lc.database.command.aggregate
  const { list } = await signups()
    .aggregate()
    .match({ _id: 's1' })
    .project({ _id: 0, activityId: 1, doubled: $.multiply(['$hours', 2]) })
    .end()
  expect(list).toEqual([{ activityId: 'a1', doubled: 4 }])
})

test('lookup joins another collection; a missing match joins nothing', async () => {
  const { list } = await signups()
    .aggregate()
    .lookup({ from: 'activities', localField: 'activityId', foreignField: '_id', as: 'activity' })
    .project({ activity: 1 })
    .end()
  const byId = Object.fromEntries(
    list.map((doc: { _id: string; activity: unknown[] }) => [doc._id, doc.activity]),
  )
  expect(byId.s1).toEqual([{ _id: 'a1', title: '清洁楼道', capacity: 10 }])
  expect(byId.s4).toEqual([])
})

test('unwind emits one document per array element, then count counts them', async () => {
  const { list } = await signups().aggregate().unwind('$tags').count('n').end()
  expect(list).toEqual([{ n: 4 }])
  const grouped = await signups()
    .aggregate()
    .unwind('$tags')
    .group({ _id: '$tags', n: lc.database.command.aggregate.sum(1) })
    .sort({ _id: 1 })
    .end()
  expect(grouped.list).toEqual([
    { _id: 'x', n: 2 },
    { _id: 'y', n: 2 },
  ])
})

test('an aggregation never changes the stored documents', async () => {
  const before = lc.db.find('signups')
  await signups().aggregate().addFields({ hours: 100 }).unwind('$tags').end()
  expect(lc.db.find('signups')).toEqual(before)
})
