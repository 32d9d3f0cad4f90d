import { chinaDate, chinaDayEnd, chinaDayStart } from '../../../cloudfunctions/_kernel/time'

describe('calendar days in China (UTC+8)', () => {
  test('a day starts at 16:00 UTC the evening before', () => {
    expect(chinaDayStart('2026-01-31').toISOString()).toBe('2026-01-30T16:00:00.000Z')
    expect(chinaDayEnd('2026-01-31').toISOString()).toBe('2026-01-31T16:00:00.000Z')
  })
  test('an instant late in the UTC evening is already tomorrow in China', () => {
    expect(chinaDate(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02-01')
  })
})
