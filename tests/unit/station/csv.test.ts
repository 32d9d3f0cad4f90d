import { toCsv } from '../../../cloudfunctions/station/csv'

describe('CSV for spreadsheets', () => {
  test('starts with a BOM so Chinese opens correctly, uses CRLF, quotes what needs quoting', () => {
    expect(
      toCsv([
        ['姓名', '备注'],
        ['张三', 'a,b "c"'],
      ]),
    ).toBe('\ufeff姓名,备注\r\n张三,"a,b ""c"""\r\n')
  })
  test('a cell that would run as a formula is defused', () => {
    expect(toCsv([['=1+1', '@x', '-2']])).toBe("\ufeff'=1+1,'@x,'-2\r\n")
  })
})
