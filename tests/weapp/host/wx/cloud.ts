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
  /** Stores bytes at `cloudPath` as the phone's user, as cloud storage does; answers the fileID. */
  upload(cloudPath: string, bytes: Buffer, openid: string | null): Promise<string>
}

/** A file on the phone (a picked photo's temporary path), for `cloud.uploadFile`. */
export type ReadLocalFile = (path: string) => { data: string; encoding: string } | undefined

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
  readFile: ReadLocalFile,
) {
  const calls: CloudCall[] = []
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
    // Straight to cloud storage, as the mini-program uploads (the function judges the file later).
    uploadFile: asyncApi(ctx, 'cloud.uploadFile', async ({ cloudPath, filePath }) => {
      if (!initialised) throw new ApiFail('cloud.uploadFile:fail please call wx.cloud.init first')
      const file = readFile(String(filePath))
      if (!file) throw new ApiFail(`cloud.uploadFile:fail file not exist: ${String(filePath)}`)
      const bytes = Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8')
      const fileID = await backend.upload(String(cloudPath), bytes, openid())
      return { fileID, statusCode: 200 }
    }),
  }
  return { cloud, calls }
}
