/**
 * Sizes and cold start: the weapp main package and each subpackage as uploaded (platform limit
 * 2 MB each; our bars: main ≤ 1 MB, a subpackage ≤ 500 KB), the H5 bundle, and each cloud
 * function's bundle size and `require` time on top of wx-server-sdk (goal ≤ 300 KB, ≤ 40 ms).
 */
const { spawnSync } = require('child_process')
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const root = path.resolve(__dirname, '../..')
const KB = 1024

function dirSize(dir, skip = () => false) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (skip(p)) continue
    total += entry.isDirectory() ? dirSize(p, skip) : fs.statSync(p).size
  }
  return total
}

function build(type, env = {}) {
  const res = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
  if (res.status !== 0) throw new Error(`${type} build failed\n${res.stdout}\n${res.stderr}`)
}

function weapp(results) {
  // The local build: same code and packaging as the deploy build, without a cloud env id.
  build('weapp', { LOCAL_WEAPP: '1' })
  const dist = path.join(root, 'dist', 'weapp')
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((s) => path.join(dist, s.root))
  results.record('weapp.main.kb', dirSize(dist, (p) => roots.some((r) => p.startsWith(r))) / KB, 'KB')
  for (const r of roots) results.record(`weapp.${path.basename(r)}.kb`, dirSize(r) / KB, 'KB')
}

function h5(results) {
  build('h5')
  const dist = path.join(root, 'dist', 'h5')
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
  const first = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const gz = first.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length, 0)
  results.record('h5.all.kb', dirSize(dist, (p) => p.endsWith('.LICENSE.txt')) / KB, 'KB')
  results.record('h5.firstLoad.gzKb', gz / KB, 'KB', first.length)
}

/** Each function's bundle, and how long `require` takes in a fresh process once the SDK is loaded. */
function functions(results) {
  const { functionNames, outRoot } = require('../../scripts/build-functions')
  for (const fn of functionNames()) {
    const dir = path.join(outRoot, fn)
    results.record(`fn.${fn}.kb`, fs.statSync(path.join(dir, 'bundle.js')).size / KB, 'KB')
    const times = []
    for (let i = 0; i < 7; i++) {
      const script = `require('wx-server-sdk');const t=process.hrtime.bigint();require(${JSON.stringify(dir)});console.log(Number(process.hrtime.bigint()-t)/1e6)`
      const out = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })
      times.push(Number(out.stdout.trim()))
    }
    times.sort((a, b) => a - b)
    results.record(`fn.${fn}.requireMs`, times[3], 'ms', times.length)
  }
}

async function run(results) {
  const { buildFunctions } = require('../../scripts/build-functions')
  await buildFunctions({ quiet: true })
  functions(results)
  weapp(results)
  h5(results)
}

module.exports = { run }
