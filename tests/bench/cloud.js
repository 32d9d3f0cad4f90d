/**
 * The local cloud for a bench run, started exactly as `npm start` does (a fresh data directory,
 * the demo seed), and the ways to measure it through its HTTP endpoint: latency of one action
 * over many sequential calls (p50/p95 and the database operations each call costs), and bursts
 * of concurrent calls.
 */
const { spawn } = require('child_process')
const fs = require('fs')
const net = require('net')
const os = require('os')
const path = require('path')

const root = path.resolve(__dirname, '../..')

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
      if ((await fetch(`${url}/api/dev/health`)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 500))
    }
    if (i === 599) throw new Error('local cloud did not start')
  }
  const stop = async () => {
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return { url, stop }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** One call to a function's action as `openid`; answers the envelope. */
async function call(url, { fn, action, input = {}, stationId, openid, onBehalfOf }) {
  const res = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) },
    body: JSON.stringify({ action, input, stationId, onBehalfOf }),
  })
  return res.json()
}

const dbops = async (url) => (await fetch(`${url}/api/dev/dbops`)).json()

/**
 * `name` p50/p95 over `calls` sequential calls (after a warm-up), and the reads and writes one call
 * costs. `input` may be a function of the call's index (for writes that must differ).
 */
async function latency(results, url, name, spec, calls = Number(process.env.BENCH_CALLS || 1000)) {
  const body = (i) => ({ ...spec, input: typeof spec.input === 'function' ? spec.input(i) : spec.input })
  for (let i = 0; i < 20; i++) await call(url, body(-1 - i))
  const before = await dbops(url)
  const times = []
  for (let i = 0; i < calls; i++) {
    const t0 = process.hrtime.bigint()
    const res = await call(url, body(i))
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (!res.ok) throw new Error(`${name}: ${JSON.stringify(res.error)}`)
  }
  const after = await dbops(url)
  times.sort((a, b) => a - b)
  results.record(`${name}.p50ms`, percentile(times, 50), 'ms', calls)
  results.record(`${name}.p95ms`, percentile(times, 95), 'ms', calls)
  results.record(`${name}.dbReads`, (after.reads - before.reads) / calls, 'ops/call', calls)
  results.record(`${name}.dbWrites`, (after.writes - before.writes) / calls, 'ops/call', calls)
  return { p50: percentile(times, 50), p95: percentile(times, 95) }
}

/** `n` calls at once (each its own spec, e.g. different people); answers throughput and p95. */
async function burst(results, url, name, specs) {
  const times = []
  const t0 = Date.now()
  const answers = await Promise.all(
    specs.map(async (spec) => {
      const s = process.hrtime.bigint()
      const res = await call(url, spec)
      times.push(Number(process.hrtime.bigint() - s) / 1e6)
      return res
    }),
  )
  const secs = (Date.now() - t0) / 1000
  times.sort((a, b) => a - b)
  const ok = answers.filter((r) => r.ok).length
  results.record(`${name}.perSecond`, specs.length / secs, 'calls/s', specs.length)
  results.record(`${name}.p95ms`, percentile(times, 95), 'ms', specs.length)
  results.record(`${name}.ok`, ok, 'calls', specs.length)
  return { answers, ok }
}

module.exports = { startCloud, call, dbops, latency, burst }
