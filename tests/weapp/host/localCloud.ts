/**
 * The cloud the phones talk to: the real local cloud in this process, running the deployable
 * function bundles (dist/cloudfunctions) on the real wx-server-sdk, memory-only, seeded with the
 * same demo the H5 e2e tests and `npm start` use.
 */
import path from 'path'
import { LocalCloud } from '../../../localcloud'
import { fileIdOf } from '../../../localcloud/storage'
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
    async upload(cloudPath, bytes) {
      const fileID = fileIdOf(cloud.envId, cloudPath)
      await cloud.storage.write(fileID, bytes)
      return fileID
    },
    stop: () => cloud.stop(),
  }
}
