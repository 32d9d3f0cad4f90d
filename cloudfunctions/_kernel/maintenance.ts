/**
 * The maintenance actions every domain function carries (types/maintenance.ts), built from the
 * domain's counter definitions: `rebuildCounters` for one station or all of them.
 */
import type * as z from 'zod'
import { maintenanceActions } from '../../types/maintenance'
import type { GlobalActionDef } from './action'
import { checkAdminToken } from './adminToken'
import type { CounterDef } from './counters'
import { rebuild } from './counters'
import { globalCollection, scopedDb } from './repo'

type Spec = typeof maintenanceActions.rebuildCounters

export function maintenanceActionsFor(defs: readonly CounterDef[]): {
  rebuildCounters: GlobalActionDef<z.output<Spec['input']>, Spec['output']>
} {
  return {
    rebuildCounters: {
      scope: 'global',
      identity: 'none',
      input: maintenanceActions.rebuildCounters.input,
      async run(_ctx, input) {
        checkAdminToken(input.adminToken)
        const stations = input.stationId
          ? [input.stationId]
          : (await globalCollection('stations').findAll({}, [['_id', 'asc']], 5000)).map((s) => s._id)
        let counters = 0
        for (const stationId of stations)
          for (const def of defs) counters += await rebuild(scopedDb(stationId), stationId, def)
        return { stations: stations.length, counters }
      },
    },
  }
}
