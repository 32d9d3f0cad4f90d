/**
 * The station domain's figures: the cheapest call (the floor every other call is compared with
 * on a noisy machine), `me`, a building head's queue at 晴岚 scale, and partyStats at 滨湖 scale
 * (3,853 reports), which reads counters — goal: its p95 within 5× the floor's.
 */
const { latency, burst } = require('./cloud')

async function run(results, url) {
  const floor = await latency(results, url, 'station.get', {
    fn: 'station',
    action: 'get',
    stationId: 'st-xinan',
    openid: 'bench-guest',
  })
  results.record('floor.p95ms', floor.p95, 'ms')
  await latency(results, url, 'station.me', {
    fn: 'station',
    action: 'me',
    stationId: 'st-xinan',
    openid: 'demo-head',
  })
  await latency(results, url, 'station.verifyQueue.qinglan', {
    fn: 'station',
    action: 'verifyQueue',
    stationId: 'st-qinglan',
    openid: 'demo-qinglan-head',
  })
  const stats = await latency(results, url, 'station.partyStats.binhu', {
    fn: 'station',
    action: 'partyStats',
    stationId: 'st-binhu',
    openid: 'demo-binhu-head',
  })
  results.record('station.partyStats.binhu.floorRatio', stats.p95 / floor.p95, '×')
  await burst(
    results,
    url,
    'station.get.burst200',
    Array.from({ length: 200 }, (_, i) => ({
      fn: 'station',
      action: 'get',
      stationId: 'st-xinan',
      openid: `bench-${i}`,
    })),
  )
}

module.exports = { run }
