/**
 * Runs cloud-function code as WeChat cloud would: the real wx-server-sdk, the function's own
 * timeout from its config.json, and a per-call caller identity.
 */
import fs from 'fs'
import path from 'path'
import { currentWXContext, runAs } from './identity'
import type { CallIdentity } from './identity'

export interface LoadedFunction {
  main(event: unknown, context: unknown): Promise<unknown>
}

export interface HostOptions {
  /** Where a function's code comes from: the deployable bundle, or its TypeScript source (tests). */
  load(name: string): LoadedFunction
  configDir(name: string): string
  appid: string
  envId: string
  openapi: Record<string, unknown>
  /** `cloud.getOpenData` (group identity from a cloudID). */
  getOpenData(args: { list?: string[] }): Promise<unknown>
}

export class FunctionTimeoutError extends Error {
  readonly errCode = -504003
}

export class FunctionHost {
  private readonly loaded = new Map<string, LoadedFunction>()
  private readonly running = new Set<Promise<unknown>>()

  constructor(private readonly options: HostOptions) {
    installSdkSeams(options)
  }

  has(name: string): boolean {
    return (
      /^[a-z][A-Za-z0-9_-]*$/.test(name) &&
      fs.existsSync(path.join(this.options.configDir(name), 'config.json'))
    )
  }

  /** The functions that can be called: folders with a config.json. */
  functionNames(): string[] {
    const dir = path.dirname(this.options.configDir('x'))
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && this.has(d.name))
      .map((d) => d.name)
      .sort()
  }

  /** Each callable function's config.json (open-API permissions, timeout, triggers). */
  configs(): { fn: string; config: unknown }[] {
    return this.functionNames().map((fn) => ({
      fn,
      config: JSON.parse(fs.readFileSync(path.join(this.options.configDir(fn), 'config.json'), 'utf8')),
    }))
  }

  async invoke(name: string, event: unknown, identity: CallIdentity): Promise<unknown> {
    const fn = this.fn(name)
    const timeoutMs = timeoutOf(this.options.configDir(name)) * 1000
    return runAs(identity, () => {
      const work = Promise.resolve(fn.main(event, { function_name: name }))
      this.running.add(work)
      void work.catch(() => undefined).finally(() => this.running.delete(work))
      return withTimeout(work, timeoutMs, name)
    })
  }

  /**
   * Waits (at most `ms`) for calls still running — a call whose caller gave up keeps going, as in
   * the cloud — so stopping the cloud does not cut their database requests off half-way.
   */
  async settle(ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms
    while (this.running.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined
      const wait = new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())))
      await Promise.race([Promise.allSettled([...this.running]), wait])
      clearTimeout(timer)
    }
  }

  private fn(name: string): LoadedFunction {
    let fn = this.loaded.get(name)
    if (!fn) {
      fn = this.options.load(name)
      this.loaded.set(name, fn)
    }
    return fn
  }
}

/** The same module object the functions require: identity and open API are swapped in here. */
function installSdkSeams(options: HostOptions) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk')
  cloud.getWXContext = () => currentWXContext(options.appid, options.envId)
  cloud.openapi = options.openapi
  cloud.getOpenData = options.getOpenData
}

function timeoutOf(dir: string): number {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))
    return typeof config.timeout === 'number' ? config.timeout : 3
  } catch {
    return 3
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FunctionTimeoutError(`function ${name} timed out after ${ms} ms`)),
      ms,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
