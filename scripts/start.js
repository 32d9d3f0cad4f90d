#!/usr/bin/env node
/**
 * npm start: builds what is missing or stale (cloud functions, the H5 app, the local cloud
 * itself), then serves everything on http://127.0.0.1:${PORT:-8080}.
 *   --reset     start from an empty data directory (re-seeded)
 *   --no-serve  seed and exit (npm run reset)
 *   --no-build  use the existing dist/ as it is
 */
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')
const { bundleLocalCloud } = require('./bundle')
const { buildFunctions } = require('./build-functions')

const root = path.resolve(__dirname, '..')
const args = new Set(process.argv.slice(2))
const dataDir = path.resolve(root, process.env.LOCALCLOUD_DIR || '.localcloud')
const port = Number(process.env.PORT || 8080)

function newestMtime(dirs) {
  let newest = 0
  const walk = (p) => {
    const st = fs.statSync(p)
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f))
    else newest = Math.max(newest, st.mtimeMs)
  }
  for (const d of dirs) if (fs.existsSync(d)) walk(d)
  return newest
}

function h5IsStale() {
  const index = path.join(root, 'dist', 'h5', 'index.html')
  if (!fs.existsSync(index)) return true
  const sources = ['src', 'types', 'config'].map((d) => path.join(root, d))
  return newestMtime(sources) > fs.statSync(index).mtimeMs
}

function buildH5() {
  console.log('  构建 H5 页面（首次约 30 秒）…')
  const started = Date.now()
  const res = spawnSync(
    process.execPath,
    [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr)
    throw new Error('H5 build failed')
  }
  console.log(`  H5 构建完成（${((Date.now() - started) / 1000).toFixed(0)} 秒）`)
}

async function run() {
  if (args.has('--reset')) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    console.log(`  已清空数据目录 ${dataDir}`)
  }
  if (!args.has('--no-build')) {
    await buildFunctions({ quiet: true })
    if (args.has('--no-serve')) {
      // Seeding needs no H5.
    } else if (h5IsStale()) buildH5()
  }
  const entry = await bundleLocalCloud('main')
  await require(entry).main({ root, dataDir, port, serve: !args.has('--no-serve') })
}

run().catch((err) => {
  console.error(err)
  process.exit(1)
})
