/**
 * Which cloud environment the weapp calls. The deployable build compiles the envId into
 * `Taro.cloud.init` and refuses to build without one; the local build (LOCAL_WEAPP=1, what npm test
 * and the weapp test host use) may have none. config/cloud.ts says why.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { weappBuild } from '../../config/cloud'

const root = path.resolve(__dirname, '../..')

test('a production weapp build without an envId fails before building, saying what to do', () => {
  const appJson = path.join(root, 'dist', 'weapp', 'app.json')
  const before = fs.existsSync(appJson) ? fs.statSync(appJson).mtimeMs : null
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    // No cloud.config.json can help: point at a file that does not exist.
    WX_CLOUD_CONFIG: path.join(os.tmpdir(), `no-cloud-config-${process.pid}.json`),
  }
  delete env.LOCAL_WEAPP
  delete env.WX_CLOUD_ENV
  delete env.WX_APPID
  const res = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', '@tarojs', 'cli', 'bin', 'taro'), 'build', '--type', 'weapp'],
    { cwd: root, env, encoding: 'utf8', timeout: 120_000 },
  )
  const output = `${res.stdout}\n${res.stderr}`
  expect(res.status).not.toBe(0)
  expect(output).toContain('没有配置云开发环境 ID（envId），不能构建用于上传的小程序')
  expect(output).toContain('cloud.config.json')
  expect(output).toContain('npm run build:weapp:local')
  // It stopped at the config: the local build other tests read is untouched.
  if (before !== null) expect(fs.statSync(appJson).mtimeMs).toBe(before)
}, 120_000)

test('the deployable build takes the configured envId; only an explicit local build may go without', () => {
  const none = { appid: 'touristappid', envId: '' }
  const configured = { appid: 'wx123', envId: 'prod-3g5x' }
  expect(weappBuild(configured, { NODE_ENV: 'production' })).toEqual({ kind: 'deploy', envId: 'prod-3g5x' })
  expect(() => weappBuild(none, { NODE_ENV: 'production' })).toThrow(/envId/)
  expect(() => weappBuild(none, { NODE_ENV: 'production', LOCAL_WEAPP: '0' })).toThrow(/envId/)
  expect(weappBuild(none, { NODE_ENV: 'production', LOCAL_WEAPP: '1' })).toEqual({ kind: 'local', envId: '' })
  expect(weappBuild(configured, { NODE_ENV: 'production', LOCAL_WEAPP: '1' })).toEqual({
    kind: 'local',
    envId: 'prod-3g5x',
  })
})

test('the committed cloud config is only the example; the real ones are git-ignored', () => {
  const ignore = spawnSync('git', ['check-ignore', 'cloud.config.json', 'cloud.config.staging.json'], {
    cwd: root,
    encoding: 'utf8',
  })
  expect(ignore.stdout.trim().split('\n')).toEqual(['cloud.config.json', 'cloud.config.staging.json'])
  const example = spawnSync('git', ['check-ignore', 'cloud.config.example.json'], { cwd: root })
  expect(example.status).toBe(1)
})
