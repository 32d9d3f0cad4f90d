/**
 * `wx.cloud`: callFunction is answered by the real local cloud (the deployable bundles on the real
 * wx-server-sdk) as the phone's WeChat user (OPENID). Data crosses as JSON both ways, as it does
 * between a phone and WeChat cloud; a call outside the contract is a rule violation.
 */
import { outsideContract } from '../contract'
import { ApiFail, asyncApi, syncApi } from './api'
import type { ApiContext } from './api'

export interface CloudBackend {
  has(fn: string): boolean
  call(fn: string, event: Record<string, unknown>, openid: string | null): Promise<unknown>
  /** Stores a file the phone uploads (`wx.cloud.uploadFile`) at `cloudPath`; answers its file id. */
  upload(cloudPath: string, bytes: Buffer): Promise<string>
}

/** A phone's local file (a photo chosen, a download), as bytes; null when there is none. */
export type ReadLocalFile = (filePath: string) => Buffer | null

export interface CloudCall {
  name: string
  action: string
  /** What the page sent as the action's input. */
  input?: unknown
  ok: boolean
  /** The envelope's error when the function answered `{ok: false}`. */
  code?: string
  message?: string
  field?: string
}

const pick = ({ code, message, field }: Partial<CloudCall>) =>
  Object.fromEntries(Object.entries({ code, message, field }).filter(([, v]) => v !== undefined))

export function cloudApi(
  ctx: ApiContext,
  backend: CloudBackend,
  openid: () => string | null,
  readLocal: ReadLocalFile,
) {
  const calls: CloudCall[] = []
  const uploads: { cloudPath: string; fileID: string; openid: string | null }[] = []
  let initialised = false
  const json = <T>(v: T): T => JSON.parse(JSON.stringify(v ?? null))

  const cloud = {
    init: syncApi(ctx, 'cloud.init', () => {
      initialised = true
    }),
    callFunction: asyncApi(ctx, 'cloud.callFunction', async ({ name, data }) => {
      const fn = String(name)
      const event = json((data ?? {}) as Record<string, unknown>)
      const entry: CloudCall = { name: fn, action: String(event.action), input: event.input, ok: false }
      calls.push(entry)
      const outside = outsideContract(fn, event)
      if (outside) ctx.rules.violate('contract', outside)
      if (!initialised) throw new ApiFail('cloud.callFunction:fail please call wx.cloud.init first')
      if (!backend.has(fn))
        throw new ApiFail(`cloud.callFunction:fail -501000 FunctionName parameter could not be found`)
      const result = json(await backend.call(fn, event, openid())) as {
        ok?: boolean
        error?: Partial<CloudCall>
      }
      entry.ok = result?.ok === true
      if (result?.error) Object.assign(entry, pick(result.error))
      return { result, requestID: `local-${calls.length}` }
    }),
    // Straight from the phone to cloud storage, as WeChat does: the storage permission
    // (仅创建者可读写) lets anyone create files; the function that takes the file id checks whose
    // folder it is in (cloudfunctions/_kernel/storage.ts).
    uploadFile: asyncApi(ctx, 'cloud.uploadFile', async ({ cloudPath, filePath }) => {
      if (!initialised) throw new ApiFail('cloud.uploadFile:fail please call wx.cloud.init first')
      const bytes = readLocal(String(filePath))
      if (!bytes) throw new ApiFail(`cloud.uploadFile:fail file not exist: ${String(filePath)}`)
      if (typeof cloudPath !== 'string' || !cloudPath)
        throw new ApiFail('cloud.uploadFile:fail cloudPath is empty')
      const fileID = await backend.upload(cloudPath, bytes)
      uploads.push({ cloudPath, fileID, openid: openid() })
      return { fileID, statusCode: 200 }
    }),
  }
  return { cloud, calls, uploads }
}
