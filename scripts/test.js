#!/usr/bin/env node
/**
 * npm test: type-check, lint, build (cloud functions, the local weapp build, H5),
 * then every jest project (unit, local cloud emulator, cloud functions, browser journeys).
 * Ends with one line "N passed, N failed".
 */
const { spawnSync } = require('child_process')
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

function step(title, cmd, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${title}`)
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const secs = ((Date.now() - started) / 1000).toFixed(0)
  if (res.status !== 0) {
    console.error(`✖ ${title} failed (${secs} s)`)
    console.log('0 passed, 1 failed')
    process.exit(res.status || 1)
  }
  console.log(`✔ ${title} (${secs} s)`)
}

step('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
step('lint (eslint)', bin('eslint'), ['.'])
step('format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.'])
step('build cloud functions', process.execPath, ['scripts/build-functions.js'])
// The local weapp build (no envId needed): the weapp test host runs it against the local cloud.
step('build weapp (local)', bin('taro'), ['build', '--type', 'weapp'], {
  NODE_ENV: 'production',
  LOCAL_WEAPP: '1',
})
step('build H5', bin('taro'), ['build', '--type', 'h5'], { NODE_ENV: 'production' })

// Inside the checkout (ignored), like every artefact of a run.
const reportDir = path.join(root, '.jest')
fs.mkdirSync(reportDir, { recursive: true })
const report = path.join(reportDir, `results-${process.pid}.json`)
const jestArgs = ['--ci', '--json', `--outputFile=${report}`, ...process.argv.slice(2)]
console.log('\n▶ jest (unit, localcloud, cloud, e2e)')
const res = spawnSync(bin('jest'), jestArgs, { cwd: root, stdio: 'inherit' })
let passed = 0
let failed = 1
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'))
  passed = r.numPassedTests
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)
  fs.rmSync(report)
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(res.status === 0 && failed === 0 ? 0 : 1)
