/**
 * Contract of the `volunteer` cloud function: activities and teams, sign-up and attendance by
 * rotating QR, confirmed service hours, points, rewards and vouchers, the honour roll and the
 * hours certificate.
 */
import { maintenanceActions } from '../maintenance'
import { activityActions } from './activities'
import { attendanceActions } from './attendance'
import { honourActions } from './honour'
import { pointsActions } from './points'
import { rewardActions } from './rewards'

export const volunteerContract = {
  ...activityActions,
  ...attendanceActions,
  ...pointsActions,
  ...rewardActions,
  ...honourActions,
  ...maintenanceActions,
}

export type * from './views'
export type * from './entities'
export { ACTIVITY_CATEGORIES } from './entities'
