/**
 * What renders differently on phones, held by reading the source (a lint that cannot be skipped):
 * - a ✓ toast shows at most 7 characters, so success toasts go through `toastDone`, whose type
 *   refuses longer titles; nothing else calls showToast with an icon;
 * - errors are not 2-second toasts: `toast()` never carries an error's message;
 * - no flex `gap` (iOS before 14.5 ignores it);
 * - 大字模式: body text at least 48rpx, and every text size goes through var(--fs-*) so tabs,
 *   banners, hints and errors grow with it.
 */
import fs from 'fs'
import path from 'path'

const toastCalls: { title: string; icon: string }[] = []
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: (o: { title: string; icon: string }) => toastCalls.push(o) },
}))

/* eslint-disable @typescript-eslint/no-require-imports */
const { toastDone, TOAST_ICON_MAX } = require('@/platform/feedback') as typeof import('@/platform/feedback')
/* eslint-enable @typescript-eslint/no-require-imports */

const src = path.resolve(__dirname, '../../../src')
const files = (ext: RegExp) =>
  fs
    .readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => ext.test(f))
    .map((rel) => ({ rel, text: fs.readFileSync(path.join(src, rel), 'utf8') }))
const code = files(/\.(ts|tsx)$/)
// Comments blanked out (lines kept): a comment may name what it avoids.
const css = files(/\.css$/).map((f) => ({
  ...f,
  text: f.text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')),
}))
const FEEDBACK = path.join('platform', 'feedback.ts')

test('only the feedback helper calls showToast', () => {
  const callers = code.filter((f) => f.rel !== FEEDBACK && /showToast\s*\(/.test(f.text)).map((f) => f.rel)
  expect(callers).toEqual([])
})

test('every toastDone title in the app is a literal of at most 7 characters', () => {
  const titles = code.flatMap((f) =>
    [...f.text.matchAll(/toastDone\(([^)]*)\)/g)].map((m) => ({ file: f.rel, arg: m[1] })),
  )
  expect(titles.length).toBeGreaterThan(10)
  const literals = titles.flatMap(({ file, arg }) => {
    const found = [...arg.matchAll(/'([^']*)'/g)].map((m) => m[1])
    return found.length ? found.map((t) => ({ file, t })) : [{ file, t: `<not a literal: ${arg}>` }]
  })
  const tooLong = literals.filter(({ t }) => [...t].length > TOAST_ICON_MAX || t.startsWith('<'))
  expect(tooLong).toEqual([])
})

test('the type refuses a long or dynamic ✓ toast title (checked by tsc)', () => {
  toastDone('已保存')
  // @ts-expect-error 11 characters would be cut to 7 beside the icon
  toastDone('已提交，等待楼长审核')
  const name = '王奶奶'
  // @ts-expect-error dynamic text belongs in toast() or on the page
  toastDone(`开始为${name}代办`)
  expect(toastCalls.map((c) => c.icon)).toEqual(['success', 'none', 'none'])
})

test('errors are not shown in toasts', () => {
  const errorToasts = code.flatMap((f) =>
    [...f.text.matchAll(/\btoast\(([^\n]*)\)/g)]
      .filter((m) => /err|\.message|失败|没能|不能|请/.test(m[1]))
      .map((m) => `${f.rel}: ${m[0]}`),
  )
  expect(errorToasts).toEqual([])
})

test('no flex gap in the styles (unsupported before iOS 14.5)', () => {
  const gaps = css.flatMap((f) =>
    f.text
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => /(^|[\s;{])(row-|column-|grid-)?gap\s*:/.test(line))
      .map(({ line, i }) => `${f.rel}:${i + 1} ${line.trim()}`),
  )
  expect(gaps).toEqual([])
})

function tokens(block: string): Record<string, number> {
  const app = fs.readFileSync(path.join(src, 'app.css'), 'utf8')
  const body = app.match(new RegExp(`\\${block}\\s*\\{([^}]*)\\}`))![1]
  return Object.fromEntries([...body.matchAll(/--(fs-\w+):\s*(\d+)px/g)].map((m) => [m[1], Number(m[2])]))
}

test('大字模式 body text is at least 48rpx and every size grows', () => {
  const normal = tokens('.screen')
  const large = tokens('.screen--large')
  expect(large['fs-m']).toBeGreaterThanOrEqual(48)
  expect(Object.keys(large).sort()).toEqual(Object.keys(normal).sort())
  for (const k of Object.keys(normal)) expect(large[k]).toBeGreaterThan(normal[k])
})

test('text sizes go through var(--fs-*) so tabs, banners, hints and errors scale (dev switcher aside)', () => {
  const fixed = css.flatMap((f) => {
    const rules = [...f.text.matchAll(/([^{}]+)\{([^}]*)\}/g)]
    return rules
      .filter(([, selector, body]) => !selector.includes('dev-switcher') && /font-size:\s*\d/.test(body))
      .map(([, selector]) => `${f.rel}: ${selector.trim()}`)
  })
  expect(fixed).toEqual([])
})
