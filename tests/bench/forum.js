/**
 * 邻里夜话's figures at 滨湖 scale: the bench writes 2,400 topics (a year of 滨湖世纪's opinions)
 * straight into the local database, then measures the resident's list (`forum.list`, hot), keyword
 * search (`forum.search`, over common and rare words), one topic, and the figures; each with its
 * database reads per call. The search keys' index is what keeps search near the list's cost.
 */
const path = require('path')
const esbuild = require('esbuild')
const { latency } = require('./cloud')

const STATION = 'st-binhu'
const RESIDENT = 'seed-bh-1'
const TOPICS = 2400

/** The TypeScript data generator, bundled for this plain-Node script. */
function generator() {
  const out = esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'forum-data.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'error',
  })
  const mod = { exports: {} }
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require)
  return mod.exports
}

/** Extended JSON as wx-server-sdk sends it (dates as $date). */
function ejson(doc) {
  return JSON.stringify(doc, function (key, value) {
    const raw = this[key]
    return raw instanceof Date ? { $date: { $numberLong: String(raw.getTime()) } } : value
  })
}

async function insert(url, collectionName, docs) {
  for (let i = 0; i < docs.length; i += 200) {
    const res = await fetch(`${url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'database.insertDocument',
        collectionName,
        data: docs.slice(i, i + 200).map(ejson),
      }),
    })
    const body = await res.json()
    if (!body.data) throw new Error(`seeding ${collectionName}: ${JSON.stringify(body).slice(0, 300)}`)
  }
}

async function run(results, url) {
  const { binhuTopics, BENCH_QUERIES } = generator()
  const t0 = Date.now()
  await insert(url, 'topics', binhuTopics(TOPICS, new Date(), STATION))
  console.log(`  forum: ${TOPICS} topics at 滨湖 written in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  const at = { stationId: STATION, openid: RESIDENT, fn: 'forum' }
  const list = await latency(results, url, 'forum.list', {
    ...at,
    action: 'listTopics',
    input: { sort: 'hot' },
  })
  await latency(results, url, 'forum.list.new', { ...at, action: 'listTopics', input: { sort: 'new' } })
  await latency(results, url, 'forum.list.unresolved', {
    ...at,
    action: 'listTopics',
    input: { sort: 'unresolved' },
  })
  const search = await latency(results, url, 'forum.search', {
    ...at,
    action: 'searchTopics',
    input: (i) => ({ q: BENCH_QUERIES[Math.abs(i) % BENCH_QUERIES.length] }),
  })
  await latency(results, url, 'forum.topic', {
    ...at,
    action: 'topic',
    // Every 200th is hidden (not found for a resident); read the one before it instead.
    input: (i) => ({
      topicId: `tp-bench-${(1 + (Math.abs(i) % TOPICS)) % 200 === 0 ? Math.abs(i) % TOPICS : 1 + (Math.abs(i) % TOPICS)}`,
    }),
  })
  await latency(results, url, 'forum.figures', { ...at, action: 'figures', input: {} })
  results.record('forum.topics', TOPICS, 'topics')
  const floor = results.figures['floor.p95ms']
  if (floor) {
    results.record('forum.list.floorRatio', list.p95 / floor.value, '×')
    results.record('forum.search.floorRatio', search.p95 / floor.value, '×')
  }
}

module.exports = { run }
