/** The volunteer domain's pure rules: minutes served, points earned, distance, month. */
import { distanceMetres, monthOf, pointsFor, servedMinutes } from '../../../cloudfunctions/volunteer/rules'

const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00+08:00`)
const START = at('09:00')
const END = at('11:00')

describe('servedMinutes: check-out − check-in, clipped to the activity window', () => {
  test.each([
    ['inside the window', '09:10', '10:40', 90],
    ['early arrival counts from the start', '08:30', '10:00', 60],
    ['late leaving counts to the end', '10:30', '12:30', 30],
    ['both outside', '08:00', '13:00', 120],
    ['entirely after the end', '11:30', '12:00', 0],
    ['seconds are not rounded up', '09:00', '09:00', 0],
  ])('%s', (_what, checkIn, checkOut, minutes) => {
    expect(servedMinutes(at(checkIn), at(checkOut), START, END)).toBe(minutes)
  })
})

describe('pointsFor', () => {
  test('fixed: the amount for any time served, nothing for none', () => {
    expect(pointsFor({ mode: 'fixed', amount: 10, cap: 0 }, 1)).toBe(10)
    expect(pointsFor({ mode: 'fixed', amount: 10, cap: 0 }, 0)).toBe(0)
  })
  test('per hour: whole points for the minutes served, up to the cap', () => {
    const rule = { mode: 'perHour' as const, amount: 4, cap: 12 }
    expect(pointsFor(rule, 59)).toBe(3)
    expect(pointsFor(rule, 150)).toBe(10)
    expect(pointsFor(rule, 600)).toBe(12)
  })
})

test('distanceMetres: 0.001° of latitude is about 111 m; the same point is 0', () => {
  const p = { lat: 30.2084, lng: 120.2126 }
  expect(Math.round(distanceMetres(p, { ...p, lat: p.lat + 0.001 }))).toBe(111)
  expect(distanceMetres(p, p)).toBe(0)
})

test('monthOf counts in China time: 16:30 UTC on the 31st is the next month', () => {
  expect(monthOf(new Date('2026-10-31T16:30:00Z'))).toBe('2026-11')
  expect(monthOf(new Date('2026-10-31T15:30:00Z'))).toBe('2026-10')
})
