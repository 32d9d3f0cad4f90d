/**
 * Finds WeChat privacy APIs in a built mini-program the way WeChat's code scan would: Taro compiles
 * `Taro.saveImageToPhotosAlbum({...})` into a member call on the Taro object
 * (`c().saveImageToPhotosAlbum({filePath:a})`), and a `<Button openType='getPhoneNumber'>` into a
 * prop in the page's JS (`openType:"getPhoneNumber"`) that base.wxml binds to `open-type`. Taro's
 * runtime names every API only as a string in its promisify table (`"saveImageToPhotosAlbum",`),
 * never as a member access, so it does not count.
 */
import fs from 'fs'
import path from 'path'
import { WECHAT_PRIVACY } from './wechatPrivacy'

export interface PrivacyUse {
  /** The API or open-type (`saveImageToPhotosAlbum`), `authorize:<scope>`, or `<component>`. */
  key: string
  /** WeChat's 信息类型 for it. */
  group: string
  /** Bundle files it was found in, relative to the bundle root. */
  files: string[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function filesOf(dir: string, ext: RegExp): { rel: string; text: string }[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => ext.test(f))
    .map((rel) => ({ rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') }))
}

function apiPatterns(api: string) {
  const name = escape(api)
  const quoted = `["'\`]${name}["'\`]`
  return {
    js: new RegExp(`\\.${name}\\b|\\[${quoted}\\]|openType\\s*:\\s*${quoted}`),
    wxml: new RegExp(`open-type=["']${name}["']`),
  }
}

export function privacyUses(bundleDir: string): PrivacyUse[] {
  const js = filesOf(bundleDir, /\.js$/)
  const wxml = filesOf(bundleDir, /\.wxml$/)
  const found: PrivacyUse[] = []
  const record = (key: string, group: string, files: string[]) => {
    if (files.length > 0) found.push({ key, group, files })
  }
  for (const [group, g] of Object.entries(WECHAT_PRIVACY)) {
    for (const api of g.apis) {
      const p = apiPatterns(api)
      const files = [
        ...js.filter((f) => p.js.test(f.text)).map((f) => f.rel),
        ...wxml.filter((f) => p.wxml.test(f.text)).map((f) => f.rel),
      ]
      record(api, group, files)
    }
    for (const scope of g.scopes ?? []) {
      const re = new RegExp(`["'\`]${escape(scope)}["'\`]`)
      record(
        `authorize:${scope}`,
        group,
        js.filter((f) => re.test(f.text)).map((f) => f.rel),
      )
    }
    for (const component of g.components ?? []) {
      const re = new RegExp(`<${escape(component)}[\\s/>]`)
      record(
        `<${component}>`,
        group,
        wxml.filter((f) => re.test(f.text)).map((f) => f.rel),
      )
    }
  }
  return found
}
