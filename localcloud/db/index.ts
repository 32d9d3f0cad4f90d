/**
 * The local cloud database: an embedded emulator of the WeChat cloud database that the real
 * wx-server-sdk talks to over HTTP, unchanged (point it here with `pointSdkAt` from
 * `localcloud/sdk-env`). See database.ts for the API and errors.ts for the error replies.
 */
export { LocalDatabase } from './database'
export type { OpenOptions, IndexSpec } from './database'
export { createAdminHandler } from './http'
export type { AdminHandlerOptions } from './http'
export { DbError } from './errors'
export type { StorageReport } from './persistence'
export { tornTailNotice } from './persistence'
export { DataCorruptionError } from './corruption'
export { repairDataDir } from './repair'
export type { RepairReport } from './repair'
