/**
 * The weapp build opens in WeChat DevTools as it is: project.config.json points at dist/weapp
 * and dist/cloudfunctions, every page app.json names exists (and every page in src is named), the
 * main package holds only the entry/home/me pages, one subpackage per domain, and each cloud
 * function folder deploys on its own.
 * (npm test builds first; run `npm run build:functions && npm run build:weapp:local` before running this project alone.)
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'

const root = path.resolve(__dirname, '../..')
const weapp = path.join(root, 'dist', 'weapp')
const functions = path.join(root, 'dist', 'cloudfunctions')

function readJson(file: string) {
  if (!fs.existsSync(file))
    throw new Error(
      `${path.relative(root, file)} is missing: run npm run build:functions and npm run build:weapp:local first`,
    )
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

const project = readJson(path.join(root, 'project.config.json'))
const app = readJson(path.join(weapp, 'app.json'))

test('project.config.json points DevTools at the built mini-program and cloud functions', () => {
  expect(path.normalize(project.miniprogramRoot)).toBe(path.normalize('dist/weapp/'))
  expect(path.normalize(project.cloudfunctionRoot)).toBe(path.normalize('dist/cloudfunctions/'))
  expect(project.compileType).toBe('miniprogram')
})

const subPackages: { root: string; pages: string[] }[] = app.subPackages
const allPages: string[] = [...app.pages, ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]

test('the main package is the QR landing, home and me; each domain is one subpackage', () => {
  expect(app.pages).toEqual(['pages/entry/index', 'pages/home/index', 'pages/me/index'])
  const roots = subPackages.map((s) => s.root)
  expect(roots.length).toBeGreaterThan(0)
  expect(new Set(roots).size).toBe(roots.length)
  for (const s of subPackages) {
    // packages/<domain>: its resident pages, and its staff pages under manage/.
    expect(s.root).toMatch(/^packages\/[a-z]+$/)
    expect(s.pages.length).toBeGreaterThan(0)
  }
  for (const rule of Object.values(app.preloadRule ?? {}) as { packages: string[] }[])
    for (const pkg of rule.packages) expect(roots).toContain(pkg)
})

test('app.json lists every page in src (a page folder with index.config.ts), and nothing else', () => {
  const src = path.join(root, 'src')
  const configs = fs
    .readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(`${path.sep}index.config.ts`))
    .map((f) => f.slice(0, -'.config.ts'.length).split(path.sep).join('/'))
  expect([...allPages].sort()).toEqual(configs.sort())
})

test('every page app.json lists was built (js, json, wxml)', () => {
  const missing = allPages
    .flatMap((p) => ['.js', '.json', '.wxml'].map((ext) => `${p}${ext}`))
    .filter((f) => !fs.existsSync(path.join(weapp, f)))
  expect(missing).toEqual([])
})

test('tab bar pages are in the main package and their icons were copied', () => {
  for (const tab of app.tabBar.list) {
    expect(app.pages).toContain(tab.pagePath)
    expect(fs.existsSync(path.join(weapp, tab.iconPath))).toBe(true)
    expect(fs.existsSync(path.join(weapp, tab.selectedIconPath))).toBe(true)
  }
})

test('the weapp build carries no local-cloud code: no dev identity header, no /api calls', () => {
  const js = fs.readdirSync(weapp, { recursive: true }).filter((f) => String(f).endsWith('.js'))
  const text = js.map((f) => fs.readFileSync(path.join(weapp, String(f)), 'utf8')).join('\n')
  expect(text).not.toContain('X-Dev-OpenId')
  expect(text).not.toContain('/api/dev/identities')
  expect(text).toContain('callFunction')
})

test('each cloud function folder deploys on its own: bundle, package.json with wx-server-sdk, config.json', () => {
  const names = fs.readdirSync(functions).sort()
  // Every function folder of the source (not the shared _kernel), and nothing else.
  const sources = fs
    .readdirSync(path.join(root, 'cloudfunctions'))
    .filter((d) => !d.startsWith('_'))
    .sort()
  expect(names).toEqual(sources)
  expect(names).toEqual(
    expect.arrayContaining(['forum', 'notice', 'platform', 'station', 'volunteer', 'wish']),
  )
  for (const fn of names) {
    const pkg = readJson(path.join(functions, fn, 'package.json'))
    expect(pkg.main).toBe('index.js')
    expect(pkg.dependencies).toEqual({ 'wx-server-sdk': '4.0.2' })
    const config = readJson(path.join(functions, fn, 'config.json'))
    expect(config.permissions.openapi).toEqual(expect.any(Array))
    // index.js loads the minified bundle beside it; only the SDK comes from outside the folder.
    expect(fs.readFileSync(path.join(functions, fn, 'index.js'), 'utf8')).toContain("require('./bundle.js')")
    const bundle = fs.readFileSync(path.join(functions, fn, 'bundle.js'), 'utf8')
    const requires = [...bundle.matchAll(/require\("([^"]+)"\)/g)]
      .map((m) => m[1])
      .filter(
        (r) => !/^(crypto|fs|path|os|util|events|stream|buffer|url|http|https|zlib|assert|node:.*)$/.test(r),
      )
    expect([...new Set(requires)]).toEqual(['wx-server-sdk'])
    expect(fs.existsSync(path.join(functions, fn, 'bundle.js.map'))).toBe(true)
  }
})

/** WeChat's open-API namespaces a function can reach through `cloud.openapi` (and their methods). */
const OPENAPI_NAMESPACES = [
  'wxacode',
  'phonenumber',
  'security',
  'subscribeMessage',
  'uniformMessage',
  'customerServiceMessage',
  'urlscheme',
  'urllink',
  'auth',
  'wxa',
]
const OPENAPI_CALL = new RegExp(`\\.(${OPENAPI_NAMESPACES.join('|')})\\.([A-Za-z]+)\\(`, 'g')

test.each(fs.readdirSync(functions).sort())(
  'the %s function declares in config.json exactly the open APIs its bundle calls',
  (fn) => {
    const config = readJson(path.join(functions, fn, 'config.json'))
    const bundle = fs
      .readdirSync(path.join(functions, fn))
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(functions, fn, f), 'utf8'))
      .join('\n')
    const called = [...new Set([...bundle.matchAll(OPENAPI_CALL)].map((m) => `${m[1]}.${m[2]}`))].sort()
    expect([...config.permissions.openapi].sort()).toEqual(called)
  },
)

test('a stack trace from a deployed (minified) bundle names the TypeScript source, through its source map', () => {
  const script = `
    delete process.env.PLATFORM_ADMIN_TOKEN
    const fn = require(${JSON.stringify(path.join(functions, 'station', 'index.js'))})
    fn.actions.rebuildCounters.run({}, { adminToken: 'x'.repeat(20) }).catch((e) => console.log(e.stack))`
  const out = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })
  expect(out.stdout).toContain('cloudfunctions/_kernel/adminToken.ts')
  expect(out.stdout).not.toMatch(/bundle\.js:1:\d+/)
})
