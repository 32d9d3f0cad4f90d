#!/usr/bin/env node
/**
 * npm run bench (not part of npm test): prints figures and writes them to bench-results.json.
 *   npm run bench                  everything
 *   npm run bench -- sizes station  only these parts (the file keeps the other figures)
 * Parts: sizes (packages, H5, function bundles and require time) and one per domain
 * (tests/bench/<domain>.js, each measuring through the local cloud's HTTP endpoint).
 */
const os = require('os')
const { Results } = require('./results')
const { startCloud } = require('./cloud')

const DOMAINS = ['station', 'volunteer', 'notice', 'wish', 'forum']
const asked = process.argv.slice(2)
const wanted = (part) => asked.length === 0 || asked.includes(part)

async function main() {
  const results = new Results()
  console.log(`node ${process.version}, ${os.cpus().length} cores`)
  if (wanted('sizes')) await require('./sizes').run(results)
  const domains = DOMAINS.filter(wanted)
  if (domains.length) {
    const cloud = await startCloud()
    try {
      for (const d of domains) await require(`./${d}`).run(results, cloud.url)
    } finally {
      await cloud.stop()
    }
  }
  for (const [name, f] of Object.entries(results.figures))
    console.log(
      `  ${name.padEnd(48)} ${String(f.value).padStart(10)} ${f.unit}${f.samples > 1 ? `  (n=${f.samples})` : ''}`,
    )
  const file = results.write({ node: process.version, cores: os.cpus().length, at: new Date().toISOString() })
  console.log(`\nwritten to ${file}`)
  const ratio = results.figures['station.partyStats.binhu.floorRatio']
  if (ratio) console.log(`partyStats at 滨湖: p95 ${ratio.value}× the cheapest call's (goal ≤ 5×)`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
