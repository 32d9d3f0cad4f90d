/**
 * The wish domain's figures at 馨安 (the demo seed): the wall and a wish's detail as a helper reads
 * them, posting (content security and two inserts and a counter in one transaction), claiming (one
 * conditional update) measured alone over claim/give-back pairs, and 20 helpers claiming one wish
 * at once (exactly one may win).
 */
const { burst, call, latency } = require('./cloud')

const S = 'st-xinan'
const CALLS = Number(process.env.BENCH_CALLS || 1000)

const day = (n) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10)
const dbops = async (url) => (await fetch(`${url}/api/dev/dbops`)).json()

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function ok(url, spec) {
  const res = await call(url, { stationId: S, ...spec })
  if (!res.ok) throw new Error(`${spec.fn}.${spec.action}: ${JSON.stringify(res.error)}`)
  return res.data
}

/** Claims timed alone: each is followed by an untimed give-back, so the same wish serves every round. */
async function claims(results, url, wishId) {
  const times = []
  let reads = 0
  let writes = 0
  for (let i = 0; i < CALLS; i++) {
    const before = await dbops(url)
    const t0 = process.hrtime.bigint()
    await ok(url, { fn: 'wish', action: 'claim', input: { wishId }, openid: 'demo-volunteer' })
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
    const after = await dbops(url)
    reads += after.reads - before.reads
    writes += after.writes - before.writes
    await ok(url, { fn: 'wish', action: 'release', input: { wishId }, openid: 'demo-volunteer' })
  }
  times.sort((a, b) => a - b)
  results.record('wish.claim.p50ms', percentile(times, 50), 'ms', CALLS)
  results.record('wish.claim.p95ms', percentile(times, 95), 'ms', CALLS)
  results.record('wish.claim.dbReads', reads / CALLS, 'ops/call', CALLS)
  results.record('wish.claim.dbWrites', writes / CALLS, 'ops/call', CALLS)
}

async function run(results, url) {
  await latency(results, url, 'wish.wall', {
    fn: 'wish',
    action: 'wall',
    input: { filter: 'open' },
    stationId: S,
    openid: 'demo-volunteer',
  })
  await latency(results, url, 'wish.wall.fulfilled', {
    fn: 'wish',
    action: 'wall',
    input: { filter: 'fulfilled' },
    stationId: S,
    openid: 'demo-volunteer',
  })
  await latency(results, url, 'wish.detail', {
    fn: 'wish',
    action: 'detail',
    input: { wishId: 'wi-xa-radio' },
    stationId: S,
    openid: 'demo-volunteer',
  })
  await latency(results, url, 'wish.post', {
    fn: 'wish',
    action: 'post',
    input: (i) => ({
      title: `想请人帮忙${i}`,
      description: '厨房水龙头一直滴水。',
      category: 'repair',
      neededBy: day(7),
    }),
    stationId: S,
    openid: 'demo-resident',
  })
  // An open wish of 林大伟's, approved, for the claim rounds and the burst.
  const open = await ok(url, {
    fn: 'wish',
    action: 'post',
    input: { title: '测量用心愿', description: '测量', category: 'other', neededBy: day(30) },
    openid: 'demo-resident3',
  })
  await ok(url, {
    fn: 'wish',
    action: 'review',
    input: { wishId: open.wishId, decision: 'approve' },
    openid: 'demo-staff',
  })
  await claims(results, url, open.wishId)
  // 20 helpers at once on a fresh wish (volunteers and party members of 馨安, some repeated).
  const target = await ok(url, {
    fn: 'wish',
    action: 'post',
    input: { title: '抢认领', description: '测量', category: 'other', neededBy: day(30) },
    openid: 'demo-resident3',
  })
  await ok(url, {
    fn: 'wish',
    action: 'review',
    input: { wishId: target.wishId, decision: 'approve' },
    openid: 'demo-staff',
  })
  const helpers = ['demo-volunteer', 'demo-party', 'demo-head', 'demo-staff', 'demo-resident5']
  const { answers } = await burst(
    results,
    url,
    'wish.claim.burst20',
    Array.from({ length: 20 }, (_, i) => ({
      fn: 'wish',
      action: 'claim',
      input: { wishId: target.wishId },
      stationId: S,
      openid: helpers[i % helpers.length],
    })),
  )
  // The winner's own repeated taps answer ok too: count people, not answers.
  const claimers = new Set(answers.filter((a) => a.ok).map((a) => a.data.claimerName))
  results.record('wish.claim.burst20.claimers', claimers.size, 'claimers', 20)
}

module.exports = { run }
