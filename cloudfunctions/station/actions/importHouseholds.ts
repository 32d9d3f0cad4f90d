import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../../_kernel/roles'
import { createRooms } from '../housing'
import { parseHouseholdTable } from '../householdTable'

/**
 * Imports households from a pasted table. Any error in any row and nothing is written: staff
 * get the full list of problems at once. Rows that already exist are skipped, so a re-run after
 * an interruption completes the import without duplicates.
 */
export const importHouseholds = actionsOf<'station'>(stationContract).station('importHouseholds', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { csv, dryRun }) {
    const { rows, errors } = parseHouseholdTable(csv)
    const empty = { buildingsCreated: 0, householdsCreated: 0, skipped: 0 }
    if (errors.length > 0 || dryRun) return { rows: rows.length, ...empty, errors, dryRun }
    const result = await createRooms(ctx.db, rows, ctx.now)
    await ctx.audit({
      action: 'station.importHouseholds',
      targetType: 'station',
      targetId: ctx.station._id,
      summary: `导入房屋表：${rows.length}行，新增${result.buildingsCreated}栋、${result.householdsCreated}户，已存在${result.skipped}户`,
    })
    return { rows: rows.length, ...result, errors: [], dryRun: false }
  },
})
