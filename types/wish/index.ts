/**
 * Contract of the `wish` cloud function (微心愿): posting, the wall, helping, closing, and
 * staff's review, disputes, figures and settings.
 */
import { maintenanceActions } from '../maintenance'
import { closingActions } from './closing'
import { helpingActions } from './helping'
import { manageActions } from './manage'
import { postingActions } from './posting'
import { wallActions } from './wall'

export const wishContract = {
  ...postingActions,
  ...wallActions,
  ...helpingActions,
  ...closingActions,
  ...manageActions,
  ...maintenanceActions,
}

export type * from './entities'
export type * from './views'
