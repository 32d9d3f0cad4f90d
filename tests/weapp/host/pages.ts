/**
 * Pages as WeChat runs them: `Page(config)` registers the page whose file is loading; opening a
 * page makes an instance (own copy of `data`, `route`, `options`, `setData`), runs onLoad(query)
 * and onShow, then onReady after the first render. The page stack and the kept-alive tab pages
 * follow WeChat's navigation rules (see wx/navigation.ts for the API side).
 */
import fs from 'fs'
import path from 'path'
import type { Clock } from './clock'
import type { Realm } from './realm'
import { applySetData, SET_DATA_HARD_CAP } from './setData'

type Fn = (this: PageInstance, ...args: unknown[]) => unknown
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }

export interface PageInstance {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  setData(update: Record<string, unknown>, cb?: () => void): void
  [key: string]: unknown
}

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
}

export interface PageHooks {
  realm: Realm
  clock: Clock
  /** Runs realm code, reporting what it throws as an uncaught error. */
  guard(run: () => void): void
  /** A setData payload over WeChat's cap. */
  oversized(route: string, bytes: number): void
}

export function routesOf(app: AppJson): string[] {
  const sub = (app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
  return [...app.pages, ...sub]
}

export class PageRuntime {
  readonly stack: PageInstance[] = []
  readonly routes: string[]
  readonly tabRoutes: Set<string>
  /** Every setData: which page, how many bytes. */
  readonly renders: { route: string; bytes: number }[] = []
  /** Every page shown, in order (a page that moves on by itself is still listed first). */
  readonly opened: string[] = []
  private readonly tabs = new Map<string, PageInstance>()
  private readonly configs = new Map<string, PageConfig>()
  private loading: string | null = null
  private webviewId = 0

  constructor(
    private readonly hooks: PageHooks,
    readonly app: AppJson,
  ) {
    this.routes = routesOf(app)
    this.tabRoutes = new Set((app.tabBar?.list ?? []).map((t) => t.pagePath))
  }

  /** `Page(config)`, called by a page file while it loads. */
  register = (config: PageConfig): void => {
    if (!this.loading) throw new Error('Page() called outside a page file')
    this.configs.set(this.loading, config)
  }

  get current(): PageInstance | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** Opens `route` on top of the stack (or as the visible tab page). */
  open(route: string, query: Record<string, string>): PageInstance {
    this.opened.push(route)
    const kept = this.tabs.get(route)
    if (kept) {
      this.stack.push(kept)
      this.hooks.guard(() => (kept.onShow as Fn).call(kept))
      return kept
    }
    const page = this.instantiate(route, query)
    if (this.tabRoutes.has(route)) this.tabs.set(route, page)
    this.stack.push(page)
    this.hooks.guard(() => (page.onLoad as Fn).call(page, { ...query }))
    this.hooks.guard(() => (page.onShow as Fn).call(page))
    this.hooks.clock.setTimeout(() => this.hooks.guard(() => (page.onReady as Fn).call(page)), 0)
    return page
  }

  /** Takes the top page off the stack: unloaded, or only hidden when it is a tab page. */
  close(top = this.stack.pop(), forget = false): void {
    if (!top) return
    if (this.tabs.get(top.route) === top && !forget) {
      this.hooks.guard(() => (top.onHide as Fn).call(top))
      return
    }
    this.tabs.delete(top.route)
    this.hooks.guard(() => (top.onUnload as Fn).call(top))
  }

  /** navigateTo: the current page is hidden, the new one pushed. */
  push(route: string, query: Record<string, string>): void {
    this.callCurrent('onHide')
    this.open(route, query)
  }

  /** redirectTo: the current page is closed and replaced. */
  replace(route: string, query: Record<string, string>): void {
    this.close()
    this.open(route, query)
  }

  /** switchTab (or the person taps the tab bar): every page above closes, the tab page shows. */
  switchTab(route: string): void {
    if (this.stack.length === 1 && this.current?.route === route) return
    while (this.stack.length) this.close()
    this.open(route, {})
  }

  /** reLaunch: every page closes, tab pages included. */
  relaunch(route: string, query: Record<string, string>): void {
    this.closeAll()
    this.open(route, query)
  }

  /** navigateBack: `steps` pages close, the one below shows again. */
  back(steps: number): void {
    for (let i = 0; i < steps; i++) this.close()
    this.callCurrent('onShow')
  }

  /** Unloads every page, tab pages included (reLaunch, or the phone put away). */
  closeAll(): void {
    while (this.stack.length) this.close(this.stack.pop(), true)
    for (const tab of [...this.tabs.values()]) this.close(tab, true)
  }

  /** Calls a page hook on the current page (onHide, onShow, onTabItemTap, onShareAppMessage…). */
  callCurrent(hook: string, ...args: unknown[]): unknown {
    const top = this.current
    const fn = top?.[hook] as Fn | undefined
    let result: unknown
    if (top && typeof fn === 'function') this.hooks.guard(() => void (result = fn.call(top, ...args)))
    return result
  }

  private instantiate(route: string, query: Record<string, string>): PageInstance {
    const config = this.load(route)
    const page = {
      ...config,
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      route,
      __route__: route,
      options: { ...query },
      __wxWebviewId__: ++this.webviewId,
      setData: (update: Record<string, unknown>, cb?: () => void) => this.setData(page, update, cb),
      getOpenerEventChannel: () => ({ emit() {}, on() {}, once() {}, off() {} }),
      selectComponent: () => null,
      selectAllComponents: () => [],
    } as PageInstance
    return page
  }

  private setData(page: PageInstance, update: Record<string, unknown>, cb?: () => void) {
    const bytes = applySetData(page.data, update)
    this.renders.push({ route: page.route, bytes })
    if (bytes > SET_DATA_HARD_CAP) this.hooks.oversized(page.route, bytes)
    if (typeof cb === 'function') this.hooks.clock.setTimeout(() => this.hooks.guard(() => cb()), 0)
  }

  /** Loads a page's file (and the custom components its json names) once. */
  private load(route: string): PageConfig {
    const known = this.configs.get(route)
    if (known) return known
    this.loadComponents(route)
    this.loading = route
    try {
      this.hooks.realm.require(route)
    } finally {
      this.loading = null
    }
    const config = this.configs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    return config
  }

  private loadComponents(file: string) {
    const json = path.join(this.hooks.realm.root, `${file}.json`)
    if (!fs.existsSync(json)) return
    const { usingComponents = {} } = JSON.parse(fs.readFileSync(json, 'utf8')) as {
      usingComponents?: Record<string, string>
    }
    for (const ref of Object.values(usingComponents)) {
      const target = path.posix.join(path.posix.dirname(file), ref)
      if (this.hooks.realm.has(target)) continue
      this.hooks.realm.require(target)
      this.loadComponents(target)
    }
  }
}
