/**
 * The cloud the phones talk to: the real local cloud in this process, running the deployable
 * function bundles (dist/cloudfunctions) on the real wx-server-sdk, memory-only, seeded with the
 * same demo the H5 e2e tests and `npm start` use.
 */
import path from 'path'
import { LocalCloud } from '../../../localcloud'
import type { CloudBackend } from './wx/cloud'

export const ROOT = path.resolve(__dirname, '../../..')

export interface TestCloud extends CloudBackend {
  cloud: LocalCloud
  stop(): Promise<void>
}

export async function startCloud(): Promise<TestCloud> {
  const cloud = await LocalCloud.start({ root: ROOT, functions: 'dist' })
  await cloud.seedDemo()
  return {
    cloud,
    has: (fn) => cloud.host.has(fn),
    call: (fn, event, openid) => cloud.call(fn, event, openid),
    // The H5 app's upload route checks the same thing cloud storage's rules do: the caller's own folder.
    async upload(cloudPath, bytes, openid) {
      const res = await fetch(`${cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
        method: 'POST',
        body: new Uint8Array(bytes),
        headers: openid ? { 'x-dev-openid': openid } : {},
      })
      const body = (await res.json()) as {
        ok: boolean
        data?: { fileID: string }
        error?: { message: string }
      }
      if (!body.ok) throw new Error(body.error?.message ?? 'upload refused')
      return body.data!.fileID
    },
    stop: () => cloud.stop(),
  }
}
