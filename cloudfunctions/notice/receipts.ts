/** Read receipts as the author sees them: figures per building and unit, from the notice's counters. */
import type { BuildingDoc } from '../../types/entities'
import type { BuildingReach, NoticeDoc, ReminderRecord, ReminderView, UnitReach } from '../../types/notice'
import type { Values } from '../_kernel/counters'
import { unitField } from './counters'
import type { Reach } from './counters'

export function toReminderView(r: ReminderRecord): ReminderView {
  return {
    at: new Date(r.at).toISOString(),
    byName: r.byName,
    unread: r.unread,
    messaged: r.messaged,
    toVisit: r.toVisit,
    tally: r.tally,
  }
}

function unitsOf(values: Values, building: BuildingDoc): UnitReach[] {
  const units: UnitReach[] = []
  for (let unit = 1; unit <= Math.max(building.units, 1); unit++) {
    const targeted = values[unitField('targeted', unit)] ?? 0
    if (targeted === 0) continue
    units.push({ unit, targeted, read: values[unitField('read', unit)] ?? 0 })
  }
  return units
}

/** Each building of `buildings` the notice reaches, in the station's order, with its figures. */
export function buildingReach(notice: NoticeDoc, buildings: BuildingDoc[], reach: Reach): BuildingReach[] {
  return buildings.map((b) => {
    const values = reach.buildings.get(b._id) ?? {}
    const reminder = notice.reminders[b._id]
    return {
      buildingId: b._id,
      name: b.name,
      targeted: values.targeted ?? 0,
      read: values.read ?? 0,
      units: unitsOf(values, b),
      reminder: reminder ? toReminderView(reminder) : null,
    }
  })
}
