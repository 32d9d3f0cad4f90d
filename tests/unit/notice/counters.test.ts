/**
 * How a notice's reads become counter changes: a household in the audience adds a read; one
 * verified since it was posted adds itself to the posted-to figure too; unit fields follow the
 * household's unit. And how many documents a building's counter is spread over.
 */
import { audienceChange, readChange, readRecordChanges } from '../../../cloudfunctions/notice/counters'
import { shardsFor } from '../../../types/notice/layout'

test('a read in the audience counts a read; a household registered since counts as posted-to as well', () => {
  expect(readChange({ noticeId: 'n', buildingId: 'b', unit: 2, late: false })).toEqual({
    name: 'notice.reach',
    dims: { noticeId: 'n', buildingId: 'b' },
    values: { read: 1, readU2: 1 },
  })
  expect(readChange({ noticeId: 'n', buildingId: 'b', unit: 2, late: true }).values).toEqual({
    read: 1,
    readU2: 1,
    targeted: 1,
    targetedU2: 1,
  })
})

test('the audience of a building counts its households, per unit', () => {
  const change = audienceChange('n', 'b', [
    { id: 'h1', unit: 1 },
    { id: 'h2', unit: 1 },
    { id: 'h3', unit: 2 },
  ])
  expect(change.values).toEqual({ targeted: 3, targetedU1: 2, targetedU2: 1 })
})

test('each reader who came from a group counts one open for that group; the household once', () => {
  const reader = (memberId: string, groupId: string | null) => ({
    memberId,
    name: memberId,
    at: new Date(0),
    byId: null,
    byName: null,
    groupId,
  })
  const changes = readRecordChanges({
    _id: 'r',
    stationId: 's',
    noticeId: 'n',
    householdId: 'h',
    buildingId: 'b',
    unit: 1,
    late: false,
    readers: [reader('a', 'g1'), reader('b', null), reader('c', 'g1')],
    firstReadAt: new Date(0),
  })
  expect(changes.filter((c) => c.name === 'notice.reach')).toHaveLength(1)
  expect(changes.filter((c) => c.name === 'notice.groups')).toHaveLength(2)
})

test('a few buildings spread each counter over 16 documents; 滨湖’s 189 over 4, within one read of 1,000', () => {
  expect(shardsFor(1)).toBe(16)
  expect(shardsFor(6)).toBe(16)
  expect(shardsFor(189)).toBe(4)
  expect(189 * shardsFor(189)).toBeLessThanOrEqual(1000)
  expect(shardsFor(2000)).toBe(1)
  for (let n = 1; n <= 900; n++) expect(n * shardsFor(n)).toBeLessThanOrEqual(Math.max(900, n))
})
