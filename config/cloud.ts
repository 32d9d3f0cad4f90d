/**
 * The one place the WeChat appid and cloud environment id come from: environment variables
 * WX_APPID / WX_CLOUD_ENV, else `cloud.config.json` at the repo root (copy
 * cloud.config.example.json; the real one is git-ignored), or the file WX_CLOUD_CONFIG names
 * (e.g. cloud.config.staging.json, also git-ignored). Local builds need neither.
 */
import fs from 'fs'
import path from 'path'

export interface CloudConfig {
  appid: string
  envId: string
  /**
   * The URL prefix registered in the admin console for 扫普通链接二维码打开小程序, e.g.
   * `https://linli.example.cn/q`: check-in QR codes are links under it (README, deploy).
   */
  linkBase: string
}

/** Stands in when no prefix is configured (a local build): links still parse, WeChat will not open them. */
export const LOCAL_LINK_BASE = 'https://linli.invalid/q'

const ROOT = path.resolve(__dirname, '..')

export function readCloudConfig(root = ROOT): CloudConfig {
  const file = path.resolve(root, process.env.WX_CLOUD_CONFIG || 'cloud.config.json')
  const fromFile: Partial<CloudConfig> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  return {
    appid: process.env.WX_APPID || fromFile.appid || 'touristappid',
    envId: process.env.WX_CLOUD_ENV || fromFile.envId || '',
    linkBase: process.env.WX_LINK_BASE || fromFile.linkBase || LOCAL_LINK_BASE,
  }
}

/**
 * Two weapp builds, said out loud:
 * - the deployable one (`npm run build`, `npm run build:weapp`, any production `taro build --type
 *   weapp`) compiles the envId into `Taro.cloud.init` and refuses to build without one — otherwise
 *   the phone would call whatever environment happens to be the account's default;
 * - the local one (`LOCAL_WEAPP=1`, i.e. `npm run build:weapp:local` and `npm test`) may have no
 *   envId: it is for the weapp test host, which answers cloud calls from the local cloud, and for
 *   DevTools previews. It must not be uploaded.
 */
export type WeappBuild = { kind: 'deploy'; envId: string } | { kind: 'local'; envId: string }

export function weappBuild(
  config: Pick<CloudConfig, 'envId'>,
  env: Record<string, string | undefined> = process.env,
): WeappBuild {
  if (env.LOCAL_WEAPP === '1') return { kind: 'local', envId: config.envId }
  if (env.NODE_ENV !== 'production' || config.envId) return { kind: 'deploy', envId: config.envId }
  throw new Error(
    [
      '没有配置云开发环境 ID（envId），不能构建用于上传的小程序。',
      "The deployable weapp build needs a cloud environment id, or the app would call the account's default environment.",
      '  - set it in cloud.config.json ({"appid": "wx…", "envId": "your-env-id"}; copy cloud.config.example.json),',
      '  - or WX_CLOUD_ENV=<env id> npm run build',
      '  - for a local build (npm test, the weapp test host, DevTools preview without a cloud): npm run build:weapp:local',
    ].join('\n'),
  )
}

/**
 * WeChat DevTools lets project.private.config.json (git-ignored) override project.config.json,
 * including the appid, so the committed project.config.json stays as it is.
 */
export function writePrivateProjectConfig(config: CloudConfig, root = ROOT) {
  if (config.appid === 'touristappid') return
  const file = path.join(root, 'project.private.config.json')
  const current = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  if (current.appid === config.appid) return
  fs.writeFileSync(file, JSON.stringify({ ...current, appid: config.appid }, null, 2) + '\n')
}
