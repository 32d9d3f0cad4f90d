/**
 * The local cloud: the embedded database and file storage, the function host running the real
 * cloud-function code on the real wx-server-sdk, and one HTTP port for the H5 app, its API and the SDK.
 */
import http from 'http'
import path from 'path'
import type { AddressInfo } from 'net'
import { createAdminHandler, LocalDatabase } from './db'
import { FunctionHost } from './host'
import type { LoadedFunction } from './host'
import { createHttpServer } from './http'
import { createLocalOpenApi, localGetOpenData } from './openapi'
import type { Delivered } from './openapi'
import { ensureSchema } from './schema'
import { applySecrets, loadSecrets } from './secrets'
import type { FunctionSecrets } from './secrets'
import { pointSdkAt } from './sdk-env'
import { seedDemo } from './seed'
import type { SeedReport } from './seed'
import type { Envelope } from '../types/errors'
import { isStorageAction, LocalStorage } from './storage'

export interface LocalCloudOptions {
  /** Project root (where cloudfunctions/ and dist/ live). */
  root: string
  /** Data directory; omit for a memory-only cloud (tests). */
  dataDir?: string
  port?: number
  hostname?: string
  /** `dist`: the bundles that deploy to WeChat cloud; `source`: the TypeScript (under jest). */
  functions: 'dist' | 'source'
  staticDir?: string
  devRoutes?: Record<string, () => unknown>
  appid?: string
  envId?: string
}

let running: LocalCloud | null = null

export class LocalCloud {
  private constructor(
    readonly db: LocalDatabase,
    readonly storage: LocalStorage,
    readonly host: FunctionHost,
    readonly server: http.Server,
    readonly url: string,
    readonly secrets: FunctionSecrets,
    /** Subscription messages the local `subscribeMessage.send` accepted, newest last. */
    readonly delivered: Delivered[],
    readonly envId: string,
    /** Work the stand-ins do after answering (media verdicts on their way): stop() lets it land. */
    private readonly background: Set<Promise<void>>,
  ) {}

  static async start(options: LocalCloudOptions): Promise<LocalCloud> {
    // wx-server-sdk reads its endpoint from process-wide environment: one local cloud per process.
    if (running) throw new Error('a local cloud is already running in this process')
    const db = await LocalDatabase.open({ dir: options.dataDir })
    await ensureSchema(db)
    const secrets = loadSecrets(options.dataDir)
    applySecrets(secrets)
    let url = ''
    const envId = options.envId ?? 'local'
    const storage = await LocalStorage.open({ dataDir: options.dataDir, envId, publicUrl: () => url })
    const appid = options.appid ?? 'wx-local-app'
    const delivered: Delivered[] = []
    const background = new Set<Promise<void>>()
    const host: FunctionHost = new FunctionHost({
      load: loader(options),
      configDir: (name) => functionDir(options, name),
      appid,
      envId,
      openapi: createLocalOpenApi({
        appid,
        publicUrl: () => url,
        delivered,
        fetchBytes: async (link) => {
          const res = await fetch(link)
          return res.ok ? Buffer.from(await res.arrayBuffer()) : null
        },
        // WeChat's message push goes to the function named in the console (README: platform).
        deliver: async (event) => void (await host.invoke('platform', event, { openid: null })),
        background: (work) => {
          background.add(work)
          void work.finally(() => background.delete(work))
        },
      }),
      getOpenData: localGetOpenData,
    })
    const server = createHttpServer({
      host,
      // One endpoint for the SDK, as in the cloud: `storage.*` actions go to the storage.
      admin: createAdminHandler(db, {
        fallback: (params) => (isStorageAction(params.action) ? storage.handle(params) : db.handle(params)),
      }),
      storage,
      staticDir: options.staticDir,
      devRoutes: options.devRoutes,
    })
    await new Promise<void>((resolve) =>
      server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', resolve),
    )
    const { port } = server.address() as AddressInfo
    url = `http://${options.hostname ?? '127.0.0.1'}:${port}`
    pointSdkAt(`${url}/admin`, envId)
    running = new LocalCloud(db, storage, host, server, url, secrets, delivered, envId, background)
    return running
  }

  /**
   * Makes every function's station counters again from the records, as the deployment admin
   * does after an import (`rebuildCounters`, authorised by the admin token). Seeding writes
   * records directly, so it ends with this.
   */
  async rebuildCounters(): Promise<number> {
    let counters = 0
    for (const fn of this.host.functionNames()) {
      const event = { action: 'rebuildCounters', input: { adminToken: this.secrets.PLATFORM_ADMIN_TOKEN } }
      const res = (await this.call(fn, event, null)) as Envelope<{ counters: number }>
      if (res.ok) counters += res.data.counters
      else if (res.error.code !== 'UNKNOWN_ACTION')
        throw new Error(`${fn}.rebuildCounters: ${res.error.message}`)
    }
    return counters
  }

  /** Seeds the demo stations once (see seed/), then counts their figures. */
  async seedDemo(now = new Date()): Promise<SeedReport> {
    const report = await seedDemo(
      this.db,
      { envId: this.envId, write: (id, bytes) => this.storage.write(id, bytes) },
      now,
    )
    if (report.seeded) await this.rebuildCounters()
    return report
  }

  /** Calls a function in-process, as the caller with this OPENID (null: no identity). */
  call(fn: string, event: Record<string, unknown>, openid: string | null): Promise<unknown> {
    return this.host.invoke(fn, event, { openid })
  }

  async stop(): Promise<void> {
    // A verdict on its way would otherwise reach a closed server and database after the caller moved on.
    while (this.background.size > 0) await Promise.allSettled([...this.background])
    await this.host.settle()
    this.server.closeAllConnections?.()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    await this.db.close()
    running = null
  }
}

function functionDir(options: LocalCloudOptions, name: string): string {
  return options.functions === 'dist'
    ? path.join(options.root, 'dist', 'cloudfunctions', name)
    : path.join(options.root, 'cloudfunctions', name)
}

function loader(options: LocalCloudOptions) {
  return (name: string): LoadedFunction => {
    const file = path.join(functionDir(options, name), options.functions === 'dist' ? 'index.js' : 'index.ts')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as LoadedFunction
  }
}
