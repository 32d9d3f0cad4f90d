/**
 * The volunteer domain's figures. Check-in is the burst that matters: 200 volunteers scanning the
 * organiser's QR within seconds. A check-in writes one document of its own (its id derived from
 * activity and person) and reads two, touching no shared document and no counter, so the burst
 * meets no contention; the figures show it (`volunteer.checkIn.burst.perSecond`, `.p95ms`, and the
 * reads and writes per check-in). Redeeming takes stock with a conditional update and debits
 * points in one transaction (`volunteer.redeem.p95ms`). Setup goes through the actions, as people
 * would: 200 residents register, the 站长 verifies them, an organiser marks an hour for each.
 */
const crypto = require('crypto')
const { burst, call, latency } = require('./cloud')

const STATION = 'st-xinan'
const PEOPLE = Number(process.env.BENCH_VOLUNTEERS || 200)

// The rotating QR token (types/qrToken.ts), signed here with Node's crypto as the phone would.
function token(key, subject, direction, now = Date.now()) {
  const dir = direction === 'in' ? 'i' : 'o'
  const window = Math.floor(now / 1000 / 30)
  const mac = crypto.createHmac('sha256', key).update(`${subject}|${dir}|${window}`).digest().subarray(0, 12)
  return `${dir}${window.toString(36)}.${mac.toString('base64url')}`
}

async function ok(url, spec) {
  const res = await call(url, { stationId: STATION, ...spec })
  if (!res.ok) throw new Error(`${spec.fn}.${spec.action} as ${spec.openid}: ${JSON.stringify(res.error)}`)
  return res.data
}

const v = (action, openid, input = {}) => ({ fn: 'volunteer', action, openid, input })
const iso = (ms) => new Date(Date.now() + ms).toISOString()

/** 200 verified residents, registered through the app's actions and verified by the 站长. */
async function residents(url) {
  const rooms = []
  for (let b = 1; b <= 6; b++)
    for (let u = 1; u <= 2; u++)
      for (let f = 1; f <= 11; f++) for (const r of ['01', '02']) rooms.push(`hh-xinan-${b}-${u}-${f}${r}`)
  const openids = []
  for (let i = 0; i < PEOPLE; i++) {
    const openid = `bench-vol-${i}`
    const me = await ok(url, {
      fn: 'station',
      action: 'register',
      openid,
      input: {
        householdId: rooms[i % rooms.length],
        relation: 'family',
        name: `志愿者${i}`,
        phone: `139${String(10000000 + i)}`,
      },
    })
    await ok(url, {
      fn: 'station',
      action: 'verify',
      openid: 'demo-staff',
      input: { memberId: me.memberId, decision: 'approve' },
    })
    openids.push({ openid, memberId: me.memberId })
  }
  return openids
}

/** An activity on now (the organiser's team), published and opened; answers its key. */
async function liveActivity(url, title, points) {
  const a = await ok(
    url,
    v('saveActivity', 'demo-organiser', {
      title,
      category: 'cleanup',
      place: '小区广场',
      teamId: 'vt-xinan-flag1',
      startAt: iso(-90 * 60_000),
      endAt: iso(3 * 3600_000),
      signupDeadline: iso(-100 * 60_000),
      capacity: 500,
      points,
    }),
  )
  await ok(url, v('publishActivity', 'demo-organiser', { activityId: a.activityId }))
  return ok(url, v('openCheckin', 'demo-organiser', { activityId: a.activityId }))
}

const dbops = async (url) => (await fetch(`${url}/api/dev/dbops`)).json()

async function run(results, url) {
  const people = await residents(url)

  // 1. The burst: everyone scans the same 签到码 at once.
  const open = await liveActivity(url, '压测：集中签到', { mode: 'fixed', amount: 5, cap: 0 })
  const tok = token(open.key, open.subject, 'in')
  const before = await dbops(url)
  const { ok: admitted } = await burst(
    results,
    url,
    'volunteer.checkIn.burst',
    people.map((p) => ({
      ...v('checkIn', p.openid, { activityId: open.activityId, token: tok }),
      stationId: STATION,
    })),
  )
  const after = await dbops(url)
  results.record(
    'volunteer.checkIn.dbReads',
    (after.reads - before.reads) / people.length,
    'ops/call',
    people.length,
  )
  results.record(
    'volunteer.checkIn.dbWrites',
    (after.writes - before.writes) / people.length,
    'ops/call',
    people.length,
  )
  if (admitted !== people.length)
    throw new Error(`only ${admitted} of ${people.length} check-ins were admitted`)
  // The same 200 scanning again (a flaky network): every answer the same record, nothing written.
  await burst(
    results,
    url,
    'volunteer.checkIn.repeatBurst',
    people.map((p) => ({
      ...v('checkIn', p.openid, { activityId: open.activityId, token: tok }),
      stationId: STATION,
    })),
  )

  // 2. Points for everyone: an hour each, marked by the organiser, confirmed at once.
  const paid = await liveActivity(url, '压测：积分', { mode: 'fixed', amount: 10, cap: 0 })
  for (const p of people) {
    const mark = (direction, at) =>
      ok(
        url,
        v('markAttendance', 'demo-organiser', {
          activityId: paid.activityId,
          memberId: p.memberId,
          direction,
          at,
          reason: '压测',
        }),
      )
    await mark('in', iso(-60 * 60_000))
    await mark('out', iso(-1000))
  }
  const t0 = Date.now()
  const confirmed = await ok(url, v('confirmHours', 'demo-organiser', { activityId: paid.activityId }))
  results.record('volunteer.confirmHours.200.ms', Date.now() - t0, 'ms', confirmed.confirmed)

  // 3. Redemption latency: a reward with stock for everyone, spent a point at a time.
  const reward = await ok(
    url,
    v('saveReward', 'demo-staff', {
      title: '压测券',
      provider: '馨安驿站',
      cost: 1,
      stock: 100000,
      perPersonLimit: 100,
      validUntil: iso(30 * 86400_000),
    }),
  )
  await latency(
    results,
    url,
    'volunteer.redeem',
    {
      fn: 'volunteer',
      action: 'redeem',
      stationId: STATION,
      // Spread over everyone (ten points each, a point a voucher).
      openid: (i) => people[(i + people.length * 10) % people.length].openid,
      input: (i) => ({ rewardId: reward.rewardId, requestKey: `bench-${i + 100}` }),
    },
    Math.min(Number(process.env.BENCH_CALLS || 1000), people.length * 9),
  )

  // 4. What residents read most.
  await latency(
    results,
    url,
    'volunteer.listActivities',
    {
      fn: 'volunteer',
      action: 'listActivities',
      stationId: STATION,
      openid: 'demo-resident',
      input: { when: 'upcoming' },
    },
    300,
  )
  await latency(
    results,
    url,
    'volunteer.honourRoll',
    {
      fn: 'volunteer',
      action: 'honourRoll',
      stationId: STATION,
      openid: 'demo-resident',
      input: { period: 'all', by: 'hours' },
    },
    300,
  )
}

module.exports = { run }
