/**
 * Cloud tests run the functions' TypeScript source on the real wx-server-sdk against an
 * in-memory local cloud, calling as different people (OPENIDs), exactly as the app would.
 */
import path from 'path'
import { LocalCloud } from '../../../localcloud'
import type { ActionName, FnName, InputOf, OutputOf } from '../../../types/api'
import type { Envelope } from '../../../types/errors'
import type { SeedSet } from '../../../localcloud/seed/types'
import { balancesFrom } from '../../../localcloud/seed/ledger'
import type { PointsEntryDoc } from '../../../types/points'

export interface TestCloud {
  cloud: LocalCloud
  /** Calls an action as `openid` (null: no WeChat identity) in `stationId`. */
  call<F extends FnName, A extends ActionName<F>>(
    openid: string | null,
    fn: F,
    action: A,
    input: InputOf<F, A> | Record<string, unknown>,
    extra?: { stationId?: string; onBehalfOf?: string },
  ): Promise<Envelope<OutputOf<F, A>>>
  /** Like call, but fails the test unless the answer is ok; returns the data. */
  ok<F extends FnName, A extends ActionName<F>>(
    openid: string | null,
    fn: F,
    action: A,
    input: InputOf<F, A> | Record<string, unknown>,
    extra?: { stationId?: string; onBehalfOf?: string },
  ): Promise<OutputOf<F, A>>
  seed(set: SeedSet): Promise<void>
  /** Every document of every collection, for "nothing was written" checks. */
  snapshot(): string
  stop(): Promise<void>
}

/** Makes the balances of the stations these entries belong to again, from all their entries. */
async function recountBalances(cloud: LocalCloud, seeded: PointsEntryDoc[]) {
  for (const stationId of new Set(seeded.map((e) => e.stationId))) {
    const all = cloud.db.find('pointsLedger', { stationId }) as unknown as PointsEntryDoc[]
    await cloud.db.handle({
      action: 'database.removeDocument',
      collectionName: 'pointsBalances',
      queryType: 'WHERE',
      query: JSON.stringify({ stationId }),
      multi: true,
    })
    const { balances } = balancesFrom(all)
    if (balances.length)
      await cloud.db.insertMany('pointsBalances', balances as unknown as Record<string, unknown>[])
  }
}

export async function startTestCloud(defaultStationId?: string): Promise<TestCloud> {
  const cloud = await LocalCloud.start({ root: path.resolve(__dirname, '../../..'), functions: 'source' })
  const call: TestCloud['call'] = async (openid, fn, action, input, extra = {}) => {
    const event = {
      action,
      input,
      stationId: extra.stationId ?? defaultStationId,
      onBehalfOf: extra.onBehalfOf,
    }
    return (await cloud.call(fn, event, openid)) as never
  }
  return {
    cloud,
    call,
    async ok(openid, fn, action, input, extra) {
      const res = await call(openid, fn, action, input, extra)
      if (!res.ok)
        throw new Error(
          `${fn}.${action} as ${openid} failed: ${res.error.code} ${res.error.message} ${res.error.field ?? ''}`,
        )
      return res.data
    },
    async seed(set) {
      // Balances are counted from every ledger entry at the station, whichever seed paid them.
      const { pointsBalances, ...records } = set
      void pointsBalances
      for (const [name, docs] of Object.entries(records)) {
        if (docs && docs.length) await cloud.db.insertMany(name, docs as unknown as Record<string, unknown>[])
      }
      if (set.pointsLedger?.length) await recountBalances(cloud, set.pointsLedger)
      // Records written directly, like an import: count their figures again.
      await cloud.rebuildCounters()
    },
    snapshot() {
      const out: Record<string, unknown> = {}
      for (const name of cloud.db.listCollections().sort()) out[name] = cloud.db.find(name, {})
      return JSON.stringify(out)
    },
    stop: () => cloud.stop(),
  }
}
