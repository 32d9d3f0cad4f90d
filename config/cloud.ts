/**
 * The one place the WeChat appid and cloud environment id come from: environment variables
 * WX_APPID / WX_CLOUD_ENV, else `cloud.config.json` at the repo root (copy
 * cloud.config.example.json; the real one is git-ignored). Local builds need neither.
 */
import fs from 'fs'
import path from 'path'

export interface CloudConfig {
  appid: string
  envId: string
}

export function readCloudConfig(root = path.resolve(__dirname, '..')): CloudConfig {
  const file = path.join(root, 'cloud.config.json')
  const fromFile: Partial<CloudConfig> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  return {
    appid: process.env.WX_APPID || fromFile.appid || 'touristappid',
    envId: process.env.WX_CLOUD_ENV || fromFile.envId || '',
  }
}

/**
 * WeChat DevTools lets project.private.config.json (git-ignored) override project.config.json,
 * including the appid, so the committed project.config.json stays as it is.
 */
export function writePrivateProjectConfig(config: CloudConfig, root = path.resolve(__dirname, '..')) {
  if (config.appid === 'touristappid') return
  const file = path.join(root, 'project.private.config.json')
  const current = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  if (current.appid === config.appid) return
  fs.writeFileSync(file, JSON.stringify({ ...current, appid: config.appid }, null, 2) + '\n')
}
