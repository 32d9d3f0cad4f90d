/**
 * Navigation that really opens the target page, with WeChat's rules: navigateTo/redirectTo refuse
 * tab pages, switchTab accepts only tab pages (and drops the query), the stack holds at most 10
 * pages, navigateBack cannot leave the first page, reLaunch starts over. The move happens on the
 * next tick, never inside the caller's tap, as in WeChat.
 */
import type { PageRuntime } from '../pages'
import { ApiFail, asyncApi } from './api'
import type { ApiContext } from './api'

const STACK_LIMIT = 10

export interface Target {
  route: string
  query: Record<string, string>
}

/** `/pages/x/index?a=1` or a path relative to the current page; query values stay as written. */
export function parseUrl(url: string, from?: string): Target {
  const [rawPath, rawQuery = ''] = url.split('?')
  const base = from ? from.split('/').slice(0, -1) : []
  const parts = rawPath.startsWith('/') ? [] : base
  for (const seg of rawPath.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop()
    else if (seg && seg !== '.') parts.push(seg)
  }
  const query: Record<string, string> = {}
  for (const pair of rawQuery.split('&').filter(Boolean)) {
    const i = pair.indexOf('=')
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1)
  }
  return { route: parts.join('/'), query }
}

export function navigationApi(ctx: ApiContext, pages: PageRuntime) {
  const later = (move: () => void) => ctx.clock.setTimeout(() => ctx.guard(move), 0)
  const target = (api: string, url: unknown): Target => {
    if (typeof url !== 'string' || !url)
      throw new ApiFail(`${api}:fail parameter error: url should be String`)
    const t = parseUrl(url, pages.current?.route)
    if (!pages.routes.includes(t.route)) throw new ApiFail(`${api}:fail page "${t.route}" is not found`)
    return t
  }
  const notTab = (api: string, t: Target) => {
    if (pages.tabRoutes.has(t.route)) throw new ApiFail(`${api}:fail can not ${api} a tabbar page`)
  }

  return {
    navigateTo: asyncApi(ctx, 'navigateTo', ({ url }) => {
      const t = target('navigateTo', url)
      notTab('navigateTo', t)
      if (pages.stack.length >= STACK_LIMIT) throw new ApiFail('navigateTo:fail webview count limit exceed')
      later(() => pages.push(t.route, t.query))
    }),
    redirectTo: asyncApi(ctx, 'redirectTo', ({ url }) => {
      const t = target('redirectTo', url)
      notTab('redirectTo', t)
      later(() => pages.replace(t.route, t.query))
    }),
    switchTab: asyncApi(ctx, 'switchTab', ({ url }) => {
      const t = target('switchTab', url)
      if (!pages.tabRoutes.has(t.route)) throw new ApiFail('switchTab:fail can not switch to no-tabBar page')
      later(() => pages.switchTab(t.route))
    }),
    reLaunch: asyncApi(ctx, 'reLaunch', ({ url }) => {
      const t = target('reLaunch', url)
      later(() => pages.relaunch(t.route, t.query))
    }),
    navigateBack: asyncApi(ctx, 'navigateBack', ({ delta }) => {
      if (pages.stack.length <= 1) throw new ApiFail('navigateBack:fail cannot navigate back at first page.')
      const steps = Math.min(Math.max(1, Number(delta) || 1), pages.stack.length - 1)
      later(() => pages.back(steps))
    }),
  }
}
