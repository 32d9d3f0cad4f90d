/**
 * The weapp project runs the built bundles: when it runs alone (`npx jest --selectProjects weapp`)
 * this builds dist/weapp if it is missing or older than its sources, and the cloud function
 * bundles the local cloud runs. Under `npm test` both were just built, so this only checks.
 */
const { spawnSync } = require('child_process')
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '../..')

function newest(dirs) {
  let mtime = 0
  const walk = (p) => {
    const st = fs.statSync(p)
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f))
    else mtime = Math.max(mtime, st.mtimeMs)
  }
  for (const d of dirs.map((d) => path.join(root, d))) if (fs.existsSync(d)) walk(d)
  return mtime
}

function stale(output, sources) {
  const file = path.join(root, output)
  return !fs.existsSync(file) || newest(sources) > fs.statSync(file).mtimeMs
}

module.exports = async () => {
  if (stale('dist/weapp/app.js', ['src', 'types', 'config'])) {
    process.stdout.write('\n  weapp: building dist/weapp (taro build --type weapp)…\n')
    const res = spawnSync(
      process.execPath,
      [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production', LOCAL_WEAPP: '1' },
      },
    )
    if (res.status !== 0) throw new Error(`taro build --type weapp failed:\n${res.stdout}\n${res.stderr}`)
  }
  if (stale('dist/cloudfunctions/station/index.js', ['cloudfunctions', 'types'])) {
    const { buildFunctions } = require(path.join(root, 'scripts', 'build-functions.js'))
    await buildFunctions({ quiet: true })
  }
}
