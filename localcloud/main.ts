/**
 * `npm start`: the local cloud on one port, seeded with the demo stations on first start.
 * Bundled by scripts/start.js; runs the deployable function bundles from dist/cloudfunctions.
 */
import path from 'path'
import { tornTailNotice } from './db'
import { LocalCloud } from './index'
import { DEMO_IDENTITIES } from './seed'
import { TriggerRunner, triggersOf } from './triggers'

export interface MainOptions {
  root: string
  dataDir: string
  port: number
  serve: boolean
}

export async function main(options: MainOptions): Promise<LocalCloud | null> {
  let started: LocalCloud | null = null
  let seeded = false
  const cloud = await LocalCloud.start({
    root: options.root,
    dataDir: options.dataDir,
    port: options.serve ? options.port : 0,
    functions: 'dist',
    staticDir: path.join(options.root, 'dist', 'h5'),
    devRoutes: {
      identities: () => DEMO_IDENTITIES,
      // Healthy once the demo is seeded: a caller that waits for it (tests, bench) finds the stations.
      health: () => (seeded ? { ok: true } : undefined),
      // Database operations served so far (the bench reads it around a run of calls).
      dbops: () => ({ ...started?.db.ops }),
      // Subscription messages the local subscribeMessage.send accepted (the local outbox page).
      delivered: () => started?.delivered ?? [],
    },
  })
  started = cloud
  const notice = tornTailNotice(cloud.db.storageReport)
  if (notice) console.log(`  ${notice}`)
  const seed = await cloud.seedDemo()
  seeded = true
  console.log(seed.seeded ? `  已写入演示数据：${seed.documents} 条记录` : '  演示数据已存在，未重复写入')
  if (!options.serve) {
    await cloud.stop()
    return null
  }
  printWelcome(cloud.url, options.dataDir)
  // The functions' timer triggers (config.json), as WeChat cloud runs them; see triggers.ts.
  const triggers = new TriggerRunner(cloud.host, triggersOf(cloud.host.configs()), undefined, (line) =>
    console.log(`  ${line}`),
  )
  await triggers.start()
  const stop = async () => {
    triggers.stop()
    await cloud.stop()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return cloud
}

function printWelcome(url: string, dataDir: string) {
  console.log('')
  console.log(`  邻里驿站 本地云已启动: ${url}`)
  console.log(`  扫码进入示例驿站:     ${url}/?scene=s%3Dxinan`)
  console.log(`  数据目录:             ${dataDir}`)
  console.log('')
  console.log('  演示身份（页面右下角“身份”可切换）:')
  for (const p of DEMO_IDENTITIES) console.log(`    ${p.openid.padEnd(20)} ${p.name} · ${p.description}`)
  console.log('')
}
