import { buildingNameMatches, parseRoomQuery } from '../../../cloudfunctions/station/roomQuery'

describe('reading a room out of a search box', () => {
  test.each([
    ['301', { building: null, unit: null, room: '301' }],
    ['1栋301', { building: '1', unit: null, room: '301' }],
    ['1-1-301', { building: '1', unit: 1, room: '301' }],
    ['12栋2单元1801室', { building: '12', unit: 2, room: '1801' }],
    ['3号楼 1单元 502', { building: '3', unit: 1, room: '502' }],
  ])('%s', (q, expected) => {
    expect(parseRoomQuery(q)).toEqual(expected)
  })

  test.each([['刘阿姨'], ['1'], ['abc301'], ['1栋']])('%s is not a room', (q) => {
    expect(parseRoomQuery(q)).toBeNull()
  })

  test('a building number matches 3栋, 3幢, 3号楼 and 03, not 13栋', () => {
    expect(['3栋', '3幢', '3号楼', '03', '13栋'].filter((n) => buildingNameMatches(n, '3'))).toEqual([
      '3栋',
      '3幢',
      '3号楼',
      '03',
    ])
  })
})
