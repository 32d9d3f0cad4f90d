/**
 * One phone running the built mini-program (dist/weapp) for one WeChat user: the realm with the
 * mini-program globals, the `wx` stub, the page runtime and the rule recorder. It launches the app
 * as WeChat does (app.js, App.onLaunch/onShow, then the entry page), delivers user events, and
 * settles: runs the realm's timers and waits for cloud calls until nothing is left to do.
 */
import fs from 'fs'
import path from 'path'
import { Clock } from './clock'
import { errorText, miniProgramGlobals } from './globals'
import { dispatch } from './events'
import type { UserEvent } from './events'
import { ROOT } from './localCloud'
import { PageRuntime } from './pages'
import type { AppJson, PageInstance } from './pages'
import { Realm } from './realm'
import { Rules } from './rules'
import { findTaroDocument, watchModules } from './taroDom'
import type { TaroDocument } from './taroDom'
import { readTemplates } from './templates'
import type { Templates } from './templates'
import { buildTree } from './tree'
import type { ElementView } from './tree'
import { Pending } from './wx/api'
import type { ApiContext } from './wx/api'
import type { CloudBackend } from './wx/cloud'
import { createWx } from './wx/index'
import type { Device, LaunchOptions } from './wx/system'

export const WEAPP = path.join(ROOT, 'dist', 'weapp')

export interface PhoneOptions {
  openid: string | null
  backend: CloudBackend
  device?: Partial<Device>
  /** Storage kept from an earlier run of the app (a restart, not a new phone). */
  storage?: ReadonlyMap<string, string>
}

type Hook = (this: unknown, ...args: unknown[]) => unknown

let templates: Templates | null = null

export class Phone {
  readonly rules: Rules
  readonly clock: Clock
  readonly pending = new Pending()
  readonly pages: PageRuntime
  readonly errors: unknown[] = []
  readonly consoleErrors: string[] = []
  readonly env: ReturnType<typeof createWx>
  openid: string | null
  private readonly realm: Realm
  private app: Record<string, unknown> | null = null
  private launchOptions: LaunchOptions = { path: '', query: {}, scene: 1001 }
  private taroDocument: TaroDocument | null = null
  private readonly modules: ReturnType<typeof watchModules>

  constructor(options: PhoneOptions) {
    this.openid = options.openid
    this.clock = new Clock((err) => this.uncaught(err))
    this.rules = new Rules(() => this.pages.current?.route ?? null)
    const guard = (run: () => void) => this.guard(run)
    const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as AppJson
    const ctx: ApiContext = { rules: this.rules, clock: this.clock, pending: this.pending, guard }
    this.realm = new Realm(WEAPP)
    this.pages = new PageRuntime(
      {
        realm: this.realm,
        clock: this.clock,
        guard,
        oversized: (route, bytes) => this.rules.violate('setData', `${route}: one setData of ${bytes} bytes`),
      },
      appJson,
    )
    this.env = createWx(ctx, {
      backend: options.backend,
      openid: () => this.openid,
      pages: this.pages,
      device: { fontSizeSetting: 17, SDKVersion: '3.5.0', ...options.device },
      launch: () => this.launchOptions,
      storage: options.storage,
    })
    this.modules = watchModules(this.env.wx)
    this.realm.define(
      miniProgramGlobals({
        wx: this.env.wx,
        pages: this.pages,
        clock: this.clock,
        app: () => this.app,
        registerApp: (config) => void (this.app = config),
        consoleErrors: this.consoleErrors,
      }),
    )
  }

  get launched(): boolean {
    return this.app !== null
  }

  get current(): PageInstance | undefined {
    return this.pages.current
  }

  /** Cold start: app.js, App.onLaunch/onShow, then the page in `options`. Settle afterwards. */
  launch(options: LaunchOptions): void {
    this.launchOptions = { ...options, query: { ...options.query } }
    this.realm.require('app')
    if (!this.app) throw new Error('app.js did not call App()')
    this.appHook('onLaunch', { ...this.launchOptions })
    this.appHook('onShow', { ...this.launchOptions })
    this.guard(() => this.pages.open(options.path, options.query))
  }

  /** The app comes back to the front with new options (a second scan) and WeChat relaunches. */
  reenter(options: LaunchOptions): void {
    this.launchOptions = { ...options, query: { ...options.query } }
    this.appHook('onShow', { ...this.launchOptions })
    this.relaunch(options.path, options.query)
  }

  /** Closes every page and opens `route` (what a test means by "open this page"). */
  relaunch(route: string, query: Record<string, string>): void {
    this.guard(() => this.pages.relaunch(route, query))
  }

  /** The person taps a tab of WeChat's tab bar (platform UI: no app API is involved). */
  tapTab(text: string): void {
    const list = this.pages.app.tabBar?.list ?? []
    const index = list.findIndex((t) => t.text === text)
    if (index < 0) throw new Error(`the tab bar has no tab "${text}" (${list.map((t) => t.text).join(', ')})`)
    const { pagePath } = list[index]
    this.guard(() => {
      this.pages.switchTab(pagePath)
      this.pages.callCurrent('onTabItemTap', { index: String(index), pagePath, text })
    })
  }

  /** The person shares the current page from the ··· menu: what the page's onShareAppMessage gives. */
  shareMessage(): { title?: string; path?: string; imageUrl?: string } {
    const page = this.pages.current
    if (typeof page?.onShareAppMessage !== 'function')
      throw new Error(`${page?.route} cannot be shared: it defines no onShareAppMessage`)
    return (this.pages.callCurrent('onShareAppMessage', { from: 'menu' }) ?? {}) as {
      title?: string
      path?: string
      imageUrl?: string
    }
  }

  /** Delivers a user event to `target` on the current page; answers how many handlers it reached. */
  deliver(target: ElementView, event: UserEvent): number {
    const page = this.pages.current
    if (!page) throw new Error('no page is open')
    return dispatch(page, target, event, this.rules, (run) => this.guard(run))
  }

  /** The current page as rendered. */
  tree(): ElementView {
    const page = this.pages.current
    if (!page) throw new Error('no page is open')
    this.taroDocument ??= findTaroDocument(this.modules)
    const doc = this.taroDocument
    templates ??= readTemplates(WEAPP)
    return buildTree(page.data, templates, (sid) => doc.getElementById(sid))
  }

  /**
   * Runs the realm until it is quiet: due timers in order (virtual time, up to `horizonMs` ahead),
   * cloud calls awaited. Throws when a platform rule was broken meanwhile.
   */
  async settle(horizonMs = 30_000): Promise<void> {
    const until = this.clock.now + horizonMs
    for (let round = 0; round < 20_000; round++) {
      await macrotask()
      if (this.pending.count > 0) {
        await this.pending.idle()
        continue
      }
      if (this.clock.runNext(until)) continue
      await macrotask()
      if (this.pending.count > 0 || this.clock.hasDue(until)) continue
      this.rules.assertClean(`on ${this.pages.current?.route ?? 'no page'} (${this.openid})`)
      return
    }
    throw new Error('the mini-program never settled: a timer or call keeps re-arming itself')
  }

  /** The phone is put away: pages unloaded, timers dropped. */
  close(): void {
    this.guard(() => this.pages.closeAll())
    this.clock.clear()
  }

  private appHook(name: string, ...args: unknown[]) {
    const app = this.app
    const hook = app?.[name] as Hook | undefined
    if (typeof hook === 'function') this.guard(() => void hook.apply(app, args))
  }

  private guard(run: () => void): void {
    try {
      run()
    } catch (err) {
      this.uncaught(err)
    }
  }

  /** As WeChat does with a script error: App.onError gets it; the test fails at the next settle. */
  private uncaught(err: unknown): void {
    this.errors.push(err)
    const text = errorText(err)
    this.rules.violate('uncaught', text.split('\n').slice(0, 6).join('\n    '))
    const onError = this.app?.onError as Hook | undefined
    try {
      onError?.call(this.app, text)
    } catch {
      // App.onError itself failing must not hide the first error.
    }
  }
}

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve))
