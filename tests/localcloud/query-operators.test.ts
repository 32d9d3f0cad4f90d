/**
 * Query operators as the SDK sends them (db.command.*, db.RegExp, nested paths), matched with the
 * cloud database's (MongoDB's) semantics.
 */
import { startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud, Row } from './helpers/local-cloud'

let lc: LocalCloud

const RESIDENTS = [
  {
    _id: 'r1',
    name: 'Zhang Wei',
    age: 34,
    building: 3,
    tags: ['volunteer', 'party'],
    address: { unit: 2, room: 101 },
  },
  { _id: 'r2', name: 'Li Na', age: 67, building: 3, tags: ['elderly'], address: { unit: 1, room: 202 } },
  {
    _id: 'r3',
    name: 'wang fang',
    age: 29,
    building: 5,
    tags: [],
    address: { unit: 2, room: 303 },
    phone: '138',
  },
  { _id: 'r4', name: 'Chen Jie', age: null, building: 7, phone: null },
]

beforeAll(async () => {
  lc = await startLocalCloud()
  await lc.db.createCollection('residents')
  await lc.db.insertMany('residents', RESIDENTS)
})
afterAll(() => lc.close())

async function ids(where: Record<string, unknown>): Promise<string[]> {
  const { data } = await lc.database.collection('residents').where(where).orderBy('_id', 'asc').get()
  return data.map((doc: Row) => doc._id as string)
}

test('a plain value matches by equality; _.eq and _.neq compare, and neq also matches missing fields', async () => {
  const _ = lc.database.command
  expect(await ids({ building: 3 })).toEqual(['r1', 'r2'])
  expect(await ids({ building: _.eq(5) })).toEqual(['r3'])
  expect(await ids({ building: _.neq(3) })).toEqual(['r3', 'r4'])
  expect(await ids({ phone: _.neq('138') })).toEqual(['r1', 'r2', 'r4'])
})

test('gt, gte, lt and lte compare numbers and never match null or missing values', async () => {
  const _ = lc.database.command
  expect(await ids({ age: _.gt(34) })).toEqual(['r2'])
  expect(await ids({ age: _.gte(34) })).toEqual(['r1', 'r2'])
  expect(await ids({ age: _.lt(34) })).toEqual(['r3'])
  expect(await ids({ age: _.lte(34) })).toEqual(['r1', 'r3'])
  expect(await ids({ age: _.gt(30).and(_.lt(40)) })).toEqual(['r1'])
})

test('in and nin test membership; an array field matches when any element is in the list', async () => {
  const _ = lc.database.command
  expect(await ids({ building: _.in([5, 7]) })).toEqual(['r3', 'r4'])
  expect(await ids({ building: _.nin([5, 7]) })).toEqual(['r1', 'r2'])
  expect(await ids({ tags: _.in(['elderly', 'party']) })).toEqual(['r1', 'r2'])
  expect(await ids({ tags: 'volunteer' })).toEqual(['r1'])
})

test('and / or combine conditions, across fields and as whole queries', async () => {
  const _ = lc.database.command
  expect(await ids(_.or([{ building: 5 }, { age: _.gt(60) }]))).toEqual(['r2', 'r3'])
  expect(await ids(_.and([{ building: 3 }, { age: _.lt(60) }]))).toEqual(['r1'])
  expect(await ids({ age: _.lt(30).or(_.gt(60)) })).toEqual(['r2', 'r3'])
})

test('exists(true) matches present fields including null; exists(false) only absent ones', async () => {
  const _ = lc.database.command
  expect(await ids({ phone: _.exists(true) })).toEqual(['r3', 'r4'])
  expect(await ids({ phone: _.exists(false) })).toEqual(['r1', 'r2'])
})

test('equality with null matches both null and missing fields', async () => {
  const _ = lc.database.command
  expect(await ids({ phone: null })).toEqual(['r1', 'r2', 'r4'])
  expect(await ids({ phone: _.eq(null) })).toEqual(['r1', 'r2', 'r4'])
})

test('db.RegExp and a JavaScript RegExp match strings with their options', async () => {
  expect(await ids({ name: lc.database.RegExp({ regexp: '^wang', options: 'i' }) })).toEqual(['r3'])
  expect(await ids({ name: lc.database.RegExp({ regexp: '^wang' }) })).toEqual(['r3'])
  expect(await ids({ name: lc.database.RegExp({ regexp: '^Wang' }) })).toEqual([])
  expect(await ids({ name: /^li/i })).toEqual(['r2'])
})

test('not and nor negate conditions', async () => {
  const _ = lc.database.command
  expect(await ids({ age: _.not(_.gt(30)) })).toEqual(['r3', 'r4'])
  expect(await ids(_.nor([{ building: 3 }, { building: 5 }]))).toEqual(['r4'])
})

test('dotted paths and nested objects reach into embedded documents', async () => {
  const _ = lc.database.command
  expect(await ids({ 'address.unit': 2 })).toEqual(['r1', 'r3'])
  expect(await ids({ address: { unit: 2, room: _.gt(200) } })).toEqual(['r3'])
})

test('array operators: all, elemMatch and size', async () => {
  const _ = lc.database.command
  expect(await ids({ tags: _.all(['volunteer', 'party']) })).toEqual(['r1'])
  expect(await ids({ tags: _.size(0) })).toEqual(['r3'])
  expect(await ids({ tags: _.elemMatch(_.eq('elderly')) })).toEqual(['r2'])
})

test('expr compares fields of the same document', async () => {
  const $ = lc.database.command.aggregate
  expect(await ids(lc.database.command.expr($.gt(['$age', '$building'])))).toEqual(['r1', 'r2', 'r3'])
})

test('count applies the same query', async () => {
  const _ = lc.database.command
  const { total } = await lc.database
    .collection('residents')
    .where({ age: _.gte(29) })
    .count()
  expect(total).toBe(3)
})
