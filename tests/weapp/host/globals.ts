/**
 * The global scope WeChat gives app code, and nothing else: `wx`, `App`, `Page`, `Component`,
 * `getApp`, `getCurrentPages`, `requirePlugin`, the timers (on the phone's virtual clock) and a
 * console whose errors are kept for the test (printed too when WEAPP_DEBUG is set).
 */
import type { Clock } from './clock'
import type { PageRuntime } from './pages'

export interface GlobalsOptions {
  wx: Record<string, unknown>
  pages: PageRuntime
  clock: Clock
  app(): Record<string, unknown> | null
  registerApp(config: Record<string, unknown>): void
  consoleErrors: string[]
}

export function miniProgramGlobals(o: GlobalsOptions): Record<string, unknown> {
  const noop = () => undefined
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args.map(errorText).join(' ')
      if (level === 'error') o.consoleErrors.push(text)
      if (process.env.WEAPP_DEBUG) process.stdout.write(`[weapp ${level}] ${text}\n`)
    }
  return {
    wx: o.wx,
    App: o.registerApp,
    Page: o.pages.register,
    Component: noop,
    Behavior: (behavior: unknown) => behavior,
    getApp: o.app,
    getCurrentPages: () => [...o.pages.stack],
    requirePlugin: () => {
      throw new Error('requirePlugin: this mini-program uses no plugins')
    },
    setTimeout: o.clock.setTimeout,
    clearTimeout: o.clock.clearTimeout,
    setInterval: o.clock.setInterval,
    clearInterval: o.clock.clearInterval,
    console: {
      log: record('log'),
      info: record('info'),
      debug: record('debug'),
      warn: record('warn'),
      error: record('error'),
      time: noop,
      timeEnd: noop,
      group: noop,
      groupEnd: noop,
    },
  }
}

/** Errors from the realm are not `instanceof Error` here (another realm's Error): read them by shape. */
export function isError(value: unknown): value is { message: string; stack?: string } {
  return typeof value === 'object' && value !== null && 'message' in value
}

export function errorText(err: unknown): string {
  return isError(err) ? (err.stack ?? err.message) : String(err)
}
