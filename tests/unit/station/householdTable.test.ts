import { parseHouseholdTable } from '../../../cloudfunctions/station/householdTable'
import { floorOf } from '../../../cloudfunctions/station/housing'

describe('the pasted household table', () => {
  test('comma, Chinese comma and tab separated rows with a header all parse', () => {
    const { rows, errors } = parseHouseholdTable('楼栋,单元,房号\n1,1,101\n2栋，2单元，1802\n3号楼\t1\t301室')
    expect(errors).toEqual([])
    expect(rows).toEqual([
      { building: '1栋', unit: 1, room: '101', floor: 1 },
      { building: '2栋', unit: 2, room: '1802', floor: 18 },
      { building: '3栋', unit: 1, room: '301', floor: 3 },
    ])
  })

  test('every bad row is reported with its line and column', () => {
    const { errors } = parseHouseholdTable('1,1,101\n1,x,102\n1,1\n1,1,1@1\n1,1,101')
    expect(errors).toEqual([
      { line: 2, field: '单元', message: expect.any(String) },
      { line: 3, field: '格式', message: expect.any(String) },
      { line: 4, field: '房号', message: expect.any(String) },
      { line: 5, field: '房号', message: '与第1行重复' },
    ])
  })

  test('a sheet full of errors lists the first 200 and counts the rest', () => {
    const { errors } = parseHouseholdTable(Array.from({ length: 450 }, (_, i) => `1,x,${i}`).join('\n'))
    expect(errors).toHaveLength(201)
    expect(errors[200].message).toBe('另有250处错误未列出，请先改正以上错误')
  })

  test('an empty table is an error, not a silent no-op', () => {
    expect(parseHouseholdTable('\n\n').errors[0].message).toBe('表格是空的')
  })

  test('floors come from room numbers', () => {
    expect(floorOf('1801')).toBe(18)
    expect(floorOf('302')).toBe(3)
    expect(floorOf('B-1203')).toBe(12)
    expect(floorOf('A')).toBe(1)
  })
})
