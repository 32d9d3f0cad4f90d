/**
 * The deployment admin's CLI (`npm run admin -- <command>`), for the local cloud and — with
 * `--print` — for a deployed environment (paste the printed event into DevTools' 云端测试).
 *   collections                       every collection and its indexes, to create in the console
 *   create-station --code --name --address --community --head [--print]
 *   list-stations [--print]
 *   init-db [--print]                 create every collection; list the indexes to add
 *   repair                            salvage a damaged data directory (LOCALCLOUD_DIR), see db/repair.ts
 *   rebuild-counters [--station <id>] [--print]   make every function's station counters again from records
 */
import fs from 'fs'
import path from 'path'
import { COLLECTIONS } from '../types/collections'
import type { CollectionName } from '../types/collections'
import { DbError, repairDataDir } from './db'
import { describeRepair } from './db/repair-report'
import { LocalCloud } from './index'

export interface AdminOptions {
  root: string
  dataDir: string
  port: number
}

type Flags = Record<string, string | true>

function parseFlags(args: string[]): Flags {
  const flags: Flags = {}
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith('--')) continue
    const key = args[i].slice(2)
    const next = args[i + 1]
    flags[key] = next && !next.startsWith('--') ? (i++, next) : true
  }
  return flags
}

export async function runAdmin(argv: string[], options: AdminOptions): Promise<number> {
  const [command, ...rest] = argv
  const flags = parseFlags(rest)
  if (command === 'collections') return printCollections()
  if (command === 'create-station')
    return platformCall(options, flags, 'createStation', createStationInput(flags))
  if (command === 'init-db') return platformCall(options, flags, 'initDatabase', {})
  if (command === 'list-stations')
    return platformCall(options, flags, 'listStations', { skip: 0, limit: 100 })
  if (command === 'repair') return repair(options.dataDir)
  if (command === 'rebuild-counters') return rebuildCounters(options, flags)
  console.log(
    '用法: npm run admin -- collections | create-station --code <code> --name <名称> --address <地址> --community <社区> --head <站长姓名> [--print] | list-stations [--print] | init-db [--print] | repair | rebuild-counters [--station <id>] [--print]',
  )
  return command ? 2 : 0
}

function printCollections(): number {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const indexes = COLLECTIONS[name].map(
      (i) =>
        `${i.unique ? 'UNIQUE ' : ''}${i.name}(${Object.entries(i.keys)
          .map(([k, d]) => `${k}${d === -1 ? ' desc' : ''}`)
          .join(', ')})`,
    )
    console.log(`${name.padEnd(14)} ${indexes.join('; ') || '(no index)'}`)
  }
  return 0
}

async function repair(dataDir: string): Promise<number> {
  try {
    for (const line of await describeRepairOf(dataDir)) console.log(line)
    return 0
  } catch (err) {
    // A running local cloud holds the directory; repairing under it would race its writes.
    if (err instanceof DbError && err.code === 'DATA_DIR_LOCKED')
      console.error(`无法修复：${err.message}。请先停止正在运行的本地云（npm start），再运行修复。`)
    else console.error(`修复失败：${(err as Error).message}`)
    return 1
  }
}

async function describeRepairOf(dataDir: string): Promise<string[]> {
  if (!fs.existsSync(dataDir)) return [`数据目录 ${dataDir} 不存在，无需修复。`]
  return describeRepair(await repairDataDir(dataDir))
}

function createStationInput(flags: Flags) {
  const text = (key: string) => (typeof flags[key] === 'string' ? (flags[key] as string) : '')
  return {
    code: text('code'),
    name: text('name'),
    address: text('address'),
    community: text('community'),
    headName: text('head'),
  }
}

async function platformCall(
  options: AdminOptions,
  flags: Flags,
  action: string,
  input: Record<string, unknown>,
): Promise<number> {
  if (flags.print) {
    console.log(
      JSON.stringify({ action, input: { ...input, adminToken: '<PLATFORM_ADMIN_TOKEN>' } }, null, 2),
    )
    return 0
  }
  const result = await callLocal(options, 'platform', {
    action,
    input: { ...input, adminToken: localToken(options.dataDir) },
  })
  console.log(JSON.stringify(result, null, 2))
  return (result as { ok?: boolean }).ok ? 0 : 1
}

function localToken(dataDir: string): string {
  const file = path.join(dataDir, 'secrets.json')
  if (!fs.existsSync(file)) return ''
  return JSON.parse(fs.readFileSync(file, 'utf8')).PLATFORM_ADMIN_TOKEN ?? ''
}

/**
 * Every domain function's counters made again from its records (after an import, or to check
 * them): locally through each function; with --print, the event to invoke on each function in
 * DevTools' 云端测试.
 */
async function rebuildCounters(options: AdminOptions, flags: Flags): Promise<number> {
  const input = typeof flags.station === 'string' ? { stationId: flags.station } : {}
  const names = fs
    .readdirSync(path.join(options.root, 'cloudfunctions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && d.name !== 'platform')
    .map((d) => d.name)
  if (flags.print) {
    console.log(`在每个云函数（${names.join('、')}）的「云端测试」中调用：`)
    console.log(
      JSON.stringify(
        { action: 'rebuildCounters', input: { ...input, adminToken: '<PLATFORM_ADMIN_TOKEN>' } },
        null,
        2,
      ),
    )
    return 0
  }
  let failed = 0
  for (const fn of names) {
    const result = (await callLocal(options, fn, {
      action: 'rebuildCounters',
      input: { ...input, adminToken: localToken(options.dataDir) },
    })) as { ok?: boolean; data?: { stations: number; counters: number }; error?: { message: string } }
    if (result.ok) console.log(`${fn}: ${result.data!.stations} 个驿站，重建 ${result.data!.counters} 个计数`)
    else {
      failed++
      console.error(`${fn}: ${result.error?.message ?? '失败'}`)
    }
  }
  return failed ? 1 : 0
}

/** Through the running local cloud if there is one (it holds the data directory), else in-process. */
async function callLocal(
  options: AdminOptions,
  fn: string,
  event: Record<string, unknown>,
): Promise<unknown> {
  const url = `http://127.0.0.1:${options.port}`
  try {
    const health = await fetch(`${url}/api/dev/health`)
    if (health.ok) {
      const res = await fetch(`${url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      })
      return res.json()
    }
  } catch {
    // No local cloud running: open the data directory ourselves.
  }
  const cloud = await LocalCloud.start({ root: options.root, dataDir: options.dataDir, functions: 'dist' })
  try {
    if (!(event.input as { adminToken: string }).adminToken)
      (event.input as { adminToken: string }).adminToken = cloud.secrets.PLATFORM_ADMIN_TOKEN
    return await cloud.call(fn, event, null)
  } finally {
    await cloud.stop()
  }
}
