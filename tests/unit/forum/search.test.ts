/** Search keys (types/forum/search.ts): what a topic stores and what a query must find among them. */
import { MAX_QUERY_TERMS, queryTerms, termsOf } from '../../../types/forum/search'

const matches = (q: string, ...texts: string[]) => {
  const keys = new Set(termsOf(...texts))
  return queryTerms(q).every((t) => keys.has(t))
}

test('a topic keeps each character and each pair of neighbouring characters, once', () => {
  expect(termsOf('楼道灯', '灯不亮')).toEqual(['楼', '楼道', '道', '道灯', '灯', '灯不', '不', '不亮', '亮'])
})

test('punctuation and spaces separate runs: no pair spans them', () => {
  expect(termsOf('楼道，灯')).not.toContain('道灯')
})

test('Latin letters and digits are words, in half-width lower case', () => {
  expect(termsOf('３栋 WiFi 信号差')).toEqual(expect.arrayContaining(['3', '栋', 'wifi', '信号']))
  expect(queryTerms('ＷＩＦＩ')).toEqual(['wifi'])
})

test('a query of several characters looks for its pairs; one character for itself', () => {
  expect(queryTerms('楼道灯')).toEqual(['楼道', '道灯'])
  expect(queryTerms('灯')).toEqual(['灯'])
  expect(queryTerms('  ？！ ')).toEqual([])
})

test.each([
  ['楼道灯', true],
  ['灯', true],
  ['3栋', true],
  ['不亮', true],
  ['电梯', false],
  ['灯楼', false],
])('"%s" against a topic about the 3栋 stairwell light: %s', (q, found) => {
  expect(matches(q, '3栋楼道灯不亮', '晚上下楼看不见，老人容易摔跤')).toBe(found)
})

test('a long query is cut to a bounded number of keys, pairs first', () => {
  const terms = queryTerms('小区东门停车位被占用晚上回来找不到地方停车')
  expect(terms.length).toBe(MAX_QUERY_TERMS)
  expect(terms.every((t) => [...t].length === 2)).toBe(true)
})
