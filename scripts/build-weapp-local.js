#!/usr/bin/env node
/**
 * npm run build:weapp:local: the weapp build that may have no cloud environment id (LOCAL_WEAPP=1),
 * for the weapp test host (which answers cloud calls from the local cloud) and DevTools previews.
 * Not for upload: the deployable build is `npm run build` / `npm run build:weapp` (config/cloud.ts).
 */
const { spawnSync } = require('child_process')
const path = require('path')

const root = path.resolve(__dirname, '..')
const res = spawnSync(
  process.execPath,
  [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', LOCAL_WEAPP: '1' } },
)
process.exit(res.status ?? 1)
