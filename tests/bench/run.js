#!/usr/bin/env node
/**
 * npm run bench (not part of npm test): prints figures.
 *   - weapp main package and each subpackage size (platform limit 2 MB each; our bars: main
 *     ≤ 1 MB, each subpackage ≤ 500 KB)
 *   - H5 bundle size (all JS+CSS, and the first load's gzipped size)
 *   - action latency p50/p95 through the local cloud's HTTP endpoint (≥ 1,000 calls each)
 */
const { spawn, spawnSync } = require('child_process')
const fs = require('fs')
const net = require('net')
const os = require('os')
const path = require('path')
const zlib = require('zlib')

const root = path.resolve(__dirname, '../..')
const CALLS = Number(process.env.BENCH_CALLS || 1000)

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

function dirSize(dir, skip = () => false) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (skip(p)) continue
    total += entry.isDirectory() ? dirSize(p, skip) : fs.statSync(p).size
  }
  return total
}

function build(type) {
  const res = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (res.status !== 0) throw new Error(`${type} build failed\n${res.stdout}\n${res.stderr}`)
}

function weappSizes() {
  build('weapp')
  const dist = path.join(root, 'dist', 'weapp')
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((s) => path.join(dist, s.root))
  console.log('weapp package sizes (minified, as uploaded):')
  console.log(
    `  main package            ${kb(dirSize(dist, (p) => roots.some((r) => p.startsWith(r))))}   (bar 1 MB, limit 2 MB)`,
  )
  for (const r of roots) console.log(`  ${path.relative(dist, r).padEnd(24)}${kb(dirSize(r))}   (bar 500 KB)`)
}

function h5Sizes() {
  build('h5')
  const dist = path.join(root, 'dist', 'h5')
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
  const first = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const gz = first.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length, 0)
  const all = dirSize(dist, (p) => p.endsWith('.LICENSE.txt'))
  console.log('H5 bundle:')
  console.log(`  all files               ${kb(all)}`)
  console.log(`  first load (${first.length} files)    ${kb(gz)} gzipped`)
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

async function startCloud() {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOCALCLOUD_DIR: dataDir },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/dev/health`)).ok) return { url, child, dataDir }
    } catch {
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  throw new Error('local cloud did not start')
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function latency(url, label, openid, body) {
  const times = []
  const post = () =>
    fetch(`${url}/api/station`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
      body: JSON.stringify(body),
    })
  for (let i = 0; i < 20; i++) await (await post()).json()
  for (let i = 0; i < CALLS; i++) {
    const t0 = process.hrtime.bigint()
    const res = await (await post()).json()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (!res.ok) throw new Error(`${label}: ${JSON.stringify(res.error)}`)
  }
  times.sort((a, b) => a - b)
  console.log(
    `  ${label.padEnd(44)} p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms   (${CALLS} calls)`,
  )
}

async function burst(url, n) {
  const t0 = Date.now()
  const all = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      fetch(`${url}/api/station`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': `bench-${i}` },
        body: JSON.stringify({ action: 'get', input: {}, stationId: 'st-xinan' }),
      }).then((r) => r.json()),
    ),
  )
  const secs = (Date.now() - t0) / 1000
  console.log(
    `  ${`burst: ${n} concurrent station.get`.padEnd(44)} ${(n / secs).toFixed(0)} calls/s   (${all.filter((r) => r.ok).length}/${n} ok)`,
  )
}

async function main() {
  console.log(`node ${process.version}, ${os.cpus().length} cores\n`)
  weappSizes()
  console.log('')
  h5Sizes()
  console.log('\nlocal cloud HTTP endpoint (real wx-server-sdk -> embedded database, fsync on write):')
  const { url, child, dataDir } = await startCloud()
  try {
    await latency(url, 'station.get (guest)', 'bench-guest', {
      action: 'get',
      input: {},
      stationId: 'st-xinan',
    })
    await latency(url, 'station.me (building head)', 'demo-head', {
      action: 'me',
      input: {},
      stationId: 'st-xinan',
    })
    await latency(url, 'station.verifyQueue (站长, 晴岚 858 households)', 'demo-qinglan-head', {
      action: 'verifyQueue',
      input: {},
      stationId: 'st-qinglan',
    })
    await latency(url, 'station.partyStats (滨湖 3,853 reports)', 'demo-binhu-head', {
      action: 'partyStats',
      input: {},
      stationId: 'st-binhu',
    })
    await burst(url, 200)
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
