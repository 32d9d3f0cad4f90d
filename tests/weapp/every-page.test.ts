/**
 * Every page the build lists in app.json (main package and subpackages, read from the build so
 * moved or added pages are covered) opens on the weapp build for a verified resident and for the
 * 站长, cold — the app restarted after an earlier visit, so only storage remains, as when a page is
 * opened from a shared card: no uncaught error or console error, nothing left loading, and either
 * a cloud call answered while it opened, a gate that says in words who may use it, or a form; and
 * no setData above WeChat's 256 KB scoring line.
 */
import fs from 'fs'
import path from 'path'
import { WEAPP } from './host'
import { routesOf } from './host/pages'
import type { AppJson } from './host/pages'
import { descendants } from './host/tree'
import { weappSuite } from './driver'
import type { Driver } from './driver'

const weapp = weappSuite()
const routes = routesOf(JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as AppJson)

/** What the person sees instead of the page when it is not for them (StaffGate, entry prompts). */
const GATES = ['gate-denied', 'gate-no-station']

async function openCold(openid: string, route: string): Promise<Driver> {
  const earlier = weapp.phone(openid)
  await earlier.scan('s=xinan')
  const phone = weapp.restart(earlier)
  await phone.open(route)
  return phone
}

function shows(phone: Driver) {
  const visible = descendants(phone.host.tree()).filter((e) => !e.hidden)
  const ids = new Set(visible.map((e) => String(e.dataset.testid ?? '')))
  return {
    gate: GATES.some((g) => ids.has(g)),
    form: visible.some((e) => ['input', 'textarea'].includes(e.tag)),
    loading: ids.has('state-loading'),
    error: ids.has('state-error'),
  }
}

describe.each([
  ['a verified resident', 'demo-resident'],
  ['the 站长', 'demo-staff'],
])('as %s', (_who, openid) => {
  test.each(routes)('%s opens', async (route) => {
    const phone = await openCold(openid, route)
    // A page may move on by itself (the entry page goes home once a station is known).
    expect(phone.host.pages.opened[0]).toBe(route)
    const answered = phone.cloudCalls.filter((c) => c.ok).length
    expect(phone.host.errors).toEqual([])
    expect(phone.host.consoleErrors).toEqual([])
    // WeChat's 体验评分 line for one setData (framework/audits/scoring); the hard cap is 1024 KB.
    expect(Math.max(0, ...phone.host.pages.renders.map((r) => r.bytes))).toBeLessThanOrEqual(256 * 1024)
    const seen = shows(phone)
    expect({ route, loading: seen.loading, error: seen.error }).toEqual({
      route,
      loading: false,
      error: false,
    })
    if (answered === 0 && !seen.gate && !seen.form)
      throw new Error(`${route} answered no cloud call and shows no gate or form:\n${phone.outline()}`)
  })
})
