/**
 * The notice domain's figures at 滨湖 scale (189 buildings): a station-wide notice posted by the
 * 站长, read by thousands of households (one at a time and in a burst, as a group chat opens a
 * card), then its read stats per building — goal: a few reads however big the station, from its
 * counters — and one building's unread page. Every figure carries what a call costs in database
 * reads and writes (`.dbReads`, `.dbWrites`), the base plan's daily unit (DESIGN §8).
 */
const { call, dbops, latency, burst } = require('./cloud')

const BINHU = 'st-binhu'
const HEAD = 'demo-binhu-head'
/** Party members seeded at 滨湖 (mb-bh-1 … mb-bh-3853), each verified in a household. */
const MEMBERS = 3853
const FIRST_READS = Number(process.env.BENCH_NOTICE_READS || 2000)

async function ok(url, spec) {
  const res = await call(url, { stationId: BINHU, ...spec })
  if (!res.ok) throw new Error(`${spec.fn}.${spec.action}: ${JSON.stringify(res.error)}`)
  return res.data
}

/** One call, timed, with its database operations. */
async function once(results, url, name, spec) {
  const before = await dbops(url)
  const t0 = process.hrtime.bigint()
  const data = await ok(url, spec)
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  const after = await dbops(url)
  results.record(`${name}.ms`, ms, 'ms')
  results.record(`${name}.dbReads`, after.reads - before.reads, 'ops')
  results.record(`${name}.dbWrites`, after.writes - before.writes, 'ops')
  return data
}

/** `n` different people opening it one after another: each a household's first or a member's first read. */
async function firstReads(results, url, noticeId, n) {
  const before = await dbops(url)
  const times = []
  for (let i = 1; i <= n; i++) {
    const t0 = process.hrtime.bigint()
    await ok(url, { fn: 'notice', action: 'open', input: { noticeId }, openid: `seed-bh-${i}` })
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  const after = await dbops(url)
  times.sort((a, b) => a - b)
  const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
  results.record('notice.open.firstRead.p50ms', at(50), 'ms', n)
  results.record('notice.open.firstRead.p95ms', at(95), 'ms', n)
  results.record('notice.open.firstRead.dbReads', (after.reads - before.reads) / n, 'ops/call', n)
  results.record('notice.open.firstRead.dbWrites', (after.writes - before.writes) / n, 'ops/call', n)
}

async function run(results, url) {
  const posted = await once(results, url, 'notice.post.binhu', {
    fn: 'notice',
    action: 'post',
    openid: HEAD,
    input: {
      clientToken: `bench-${Date.now()}`,
      title: '全社区消防安全大检查',
      body: '本周起逐栋开展消防安全检查，请保持楼道畅通。',
      category: 'safety',
      target: { all: true },
    },
  })
  results.record('notice.post.binhu.audience', posted.audience, 'households')
  const noticeId = posted.noticeId
  await firstReads(results, url, noticeId, Math.min(FIRST_READS, MEMBERS - 400))
  // A group chat opening the card at once: 200 more people together.
  await burst(
    results,
    url,
    'notice.open.burst200',
    Array.from({ length: 200 }, (_, i) => ({
      fn: 'notice',
      action: 'open',
      input: { noticeId },
      stationId: BINHU,
      openid: `seed-bh-${MEMBERS - i}`,
    })),
  )
  await latency(results, url, 'notice.open.repeat', {
    fn: 'notice',
    action: 'open',
    input: { noticeId },
    stationId: BINHU,
    openid: 'seed-bh-1',
  })
  const stats = await latency(results, url, 'notice.readStats.binhu', {
    fn: 'notice',
    action: 'readStats',
    input: { noticeId },
    stationId: BINHU,
    openid: HEAD,
  })
  const floor = results.figures['floor.p95ms']
  if (floor) results.record('notice.readStats.binhu.floorRatio', stats.p95 / floor.value, '×')
  const sample = await ok(url, { fn: 'notice', action: 'readStats', input: { noticeId }, openid: HEAD })
  results.record('notice.readStats.binhu.buildings', sample.buildings.length, 'buildings')
  results.record('notice.readStats.binhu.read', sample.total.read, 'households')
  await latency(results, url, 'notice.households.binhu', {
    fn: 'notice',
    action: 'households',
    input: { noticeId, buildingId: 'bd-binhu-1' },
    stationId: BINHU,
    openid: HEAD,
  })
  await latency(results, url, 'notice.list.binhu', {
    fn: 'notice',
    action: 'list',
    input: {},
    stationId: BINHU,
    openid: 'seed-bh-1',
  })
  await once(results, url, 'notice.remind.binhu', {
    fn: 'notice',
    action: 'remind',
    openid: HEAD,
    input: { noticeId, buildingId: 'bd-binhu-2' },
  })
}

module.exports = { run }
