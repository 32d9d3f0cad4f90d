/**
 * 用户隐私保护指引 against the built weapp: every privacy API the bundle uses is named in
 * config/privacy.ts (WeChat disables undeclared ones and 审核 compares), the list names nothing the
 * bundle no longer uses, each entry sits under the 信息类型 WeChat files it under, app.json carries
 * the location fields the list implies, and the README tells the operator exactly the list.
 * (npm test builds first; run `npm run build:weapp:local` before running this project alone.)
 */
import fs from 'fs'
import path from 'path'
import {
  appJsonPrivacy,
  PLANNED_PRIVACY_APIS,
  PRIVACY_APIS,
  privacyGuideMarkdown,
} from '../../config/privacy'
import type { PrivacyApi } from '../../config/privacy'
import { privacyUses } from './scanBundle'
import { groupOfApi } from './wechatPrivacy'

const root = path.resolve(__dirname, '../..')
const weapp = path.join(root, 'dist', 'weapp')
const uses = privacyUses(weapp)
const declared = new Set(PRIVACY_APIS.map((p) => p.api))
const declaredGroups = new Set(PRIVACY_APIS.map((p) => p.info))

test('every privacy API the weapp bundle uses is named in config/privacy.ts', () => {
  const covered = (key: string, group: string) =>
    key.startsWith('authorize:') || key.startsWith('<') ? declaredGroups.has(group) : declared.has(key)
  const undeclared = uses
    .filter((u) => !covered(u.key, u.group))
    .map((u) => `${u.key} (${u.group}) in ${u.files.join(', ')}`)
  expect(undeclared).toEqual([])
})

test('the scan sees the privacy APIs the app is known to use, where Taro puts them', () => {
  const where = Object.fromEntries(uses.map((u) => [u.key, u.files]))
  expect(where.getPhoneNumber).toEqual(expect.arrayContaining([expect.stringMatching(/register/)]))
  expect(where.saveImageToPhotosAlbum?.length).toBeGreaterThan(0)
})

test('config/privacy.ts declares nothing the bundle no longer uses (planned ones wait in PLANNED_PRIVACY_APIS)', () => {
  const used = new Set(uses.map((u) => u.key))
  expect(PRIVACY_APIS.map((p) => p.api).filter((api) => !used.has(api))).toEqual([])
})

test('each declared or planned API is a WeChat privacy API, under the 信息类型 WeChat files it under', () => {
  const wrong = (list: readonly PrivacyApi[]) =>
    list.filter((p) => groupOfApi(p.api) !== p.info).map((p) => `${p.api}: ${p.info} ≠ ${groupOfApi(p.api)}`)
  expect(wrong(PRIVACY_APIS)).toEqual([])
  expect(wrong(PLANNED_PRIVACY_APIS)).toEqual([])
  const both = [...PRIVACY_APIS, ...PLANNED_PRIVACY_APIS].map((p) => p.api)
  expect(new Set(both).size).toBe(both.length)
})

test("app.json's requiredPrivateInfos and scope.userLocation come from the list", () => {
  const app = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
  const expected = appJsonPrivacy()
  expect(app.requiredPrivateInfos).toEqual(expected.requiredPrivateInfos)
  expect(app.permission).toEqual(expected.permission)
})

test('a location API in the list puts itself into requiredPrivateInfos and the permission text', () => {
  // Volunteer check-in near the place (a geofenced activity) calls getLocation.
  const location = PRIVACY_APIS.find((p) => p.api === 'getLocation')!
  expect(appJsonPrivacy(PRIVACY_APIS)).toEqual({
    requiredPrivateInfos: ['getLocation'],
    permission: { 'scope.userLocation': { desc: location.purpose } },
  })
  expect(location.purpose.length).toBeLessThanOrEqual(30)
})

test('the README deploy section is the guide rendered from the list, naming every API', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  const block = privacyGuideMarkdown()
  if (!readme.includes(block))
    throw new Error(
      `README.md's privacy block is out of date; run npm run privacy:guide -- --write\n${block}`,
    )
  for (const p of PRIVACY_APIS) expect(block).toContain(`\`${p.api}\``)
  for (const p of PRIVACY_APIS) expect(block).toContain(p.purpose)
})
