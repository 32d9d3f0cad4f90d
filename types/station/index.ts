/**
 * Contract of the `station` cloud function, one file per part of the domain: entry and
 * profile, housing, registration, the directory, roles, party members reporting in, and 代办.
 */
import { maintenanceActions } from '../maintenance'
import { directoryActions } from './directory'
import { fileActions } from './files'
import { housingActions } from './housing'
import { messageActions } from './messages'
import { partyActions } from './party'
import { profileActions } from './profile'
import { proxyActions } from './proxy'
import { registrationActions } from './registration'
import { roleActions } from './roles'

export const stationContract = {
  ...profileActions,
  ...housingActions,
  ...registrationActions,
  ...directoryActions,
  ...roleActions,
  ...partyActions,
  ...proxyActions,
  ...messageActions,
  ...maintenanceActions,
  ...fileActions,
}

export { stationCode } from './profile'
export type { PosterView } from './profile'
export type * from './views'
export type * from './housing'
export type * from './directory'
export type * from './party'
export type * from './proxy'
export type { UploadTarget } from '../files'
