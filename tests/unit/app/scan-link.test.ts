/**
 * The one check-in link format (src/platform/scanLink.ts): what the organiser's phone draws is
 * read back the same from each road it arrives by — the in-app scanner's result, WeChat's own
 * scanner (the link URL-encoded as `q`), the page's own parameters — and anything else is refused.
 */
import { parseScanLink, scanLink, scanParamsFrom } from '@/platform/scanLink'

const P = { s: 'xinan', k: 'a', i: '0123456789abcdef01234567', t: 'i1k2l3m.AbCdEfGhIjKlMnOp' }
const LINK = scanLink('https://linli.example.cn/q', P)

test('a link reads back as its parameters', () => {
  expect(LINK).toBe(
    'https://linli.example.cn/q?s=xinan&k=a&i=0123456789abcdef01234567&t=i1k2l3m.AbCdEfGhIjKlMnOp',
  )
  expect(parseScanLink(LINK)).toEqual(P)
})

test('WeChat’s scanner hands the whole link URL-encoded as `q` (sometimes twice)', () => {
  expect(scanParamsFrom({ q: encodeURIComponent(LINK), scancode_time: '1764590000' })).toEqual(P)
  expect(scanParamsFrom({ q: encodeURIComponent(encodeURIComponent(LINK)) })).toEqual(P)
})

test('opened in a browser or navigated to: the parameters themselves', () => {
  expect(scanParamsFrom({ ...P })).toEqual(P)
})

test.each([
  ['another site', 'https://example.com/?x=1'],
  ['a missing token', 'https://linli.example.cn/q?s=xinan&k=a&i=abc'],
  ['characters no token has', 'https://linli.example.cn/q?s=xinan&k=a&i=abc&t=<script>'],
  ['nothing', ''],
])('%s is not a check-in link', (_what, text) => {
  expect(parseScanLink(text)).toBeNull()
})
