/**
 * A LocalDatabase behind a real HTTP server on a free port, with the real wx-server-sdk pointed at
 * it by environment, exactly as the local function host does it.
 */
import http from 'http'
import type { AddressInfo } from 'net'
import { createAdminHandler, LocalDatabase } from '../../../localcloud/db'
import type { OpenOptions } from '../../../localcloud/db'
import { pointSdkAt } from '../../../localcloud/sdk-env'

/**
 * wx-server-sdk's typings declare every call with callback overloads that return void, and miss
 * parameters the SDK accepts (`serverDate({offset})`, `command.expr`), so tests use it untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SdkDatabase = any

/** A document as the SDK returns it. */
export type Row = Record<string, unknown>

export interface Sdk {
  init(config: object): void
  database(config?: object): SdkDatabase
  DYNAMIC_CURRENT_ENV: unknown
}

export interface LocalCloud {
  db: LocalDatabase
  sdk: Sdk
  /** `cloud.database()` from the real SDK. */
  database: SdkDatabase
  url: string
  close(): Promise<void>
}

export async function startLocalCloud(options: OpenOptions = {}): Promise<LocalCloud> {
  const db = await LocalDatabase.open(options)
  const server = http.createServer(createAdminHandler(db))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`
  pointSdkAt(url)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk: Sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  return {
    db,
    sdk,
    database: sdk.database(),
    url,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await db.close()
    },
  }
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise
  } catch (err) {
    return err as Record<string, unknown> & Error
  }
  throw new Error('expected the call to fail, but it succeeded')
}
