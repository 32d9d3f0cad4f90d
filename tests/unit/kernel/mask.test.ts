import { maskName, maskPhone } from '../../../cloudfunctions/_kernel/mask'

describe('masking personal data in lists', () => {
  test('a mobile number shows only its first three and last four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
  })
  test('an empty number stays empty; a short one keeps only two characters', () => {
    expect(maskPhone('')).toBe('')
    expect(maskPhone('12345')).toBe('***45')
  })
  test('a name keeps its surname', () => {
    expect(maskName('王秀英')).toBe('王**')
    expect(maskName('李')).toBe('李')
  })
})
