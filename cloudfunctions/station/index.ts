/** The `station` cloud function: its table of actions, one module each under actions/. */
import type { ActionTable } from '../_kernel/action'
import { maintenanceActionsFor } from '../_kernel/maintenance'
import { createMain } from '../_kernel/router'
import { auditLog } from './actions/auditLog'
import { claimHead } from './actions/claimHead'
import { createBuildings } from './actions/createBuildings'
import { decideProxy } from './actions/decideProxy'
import { directory } from './actions/directory'
import { exportDirectory } from './actions/exportDirectory'
import { get } from './actions/get'
import { grantRole } from './actions/grantRole'
import { householdPeople } from './actions/householdPeople'
import { importHouseholds } from './actions/importHouseholds'
import { listBuildings } from './actions/listBuildings'
import { listRoleHolders } from './actions/listRoleHolders'
import { listRooms } from './actions/listRooms'
import { listServicePosts } from './actions/listServicePosts'
import { me } from './actions/me'
import { moveOut } from './actions/moveOut'
import { myPartyReport } from './actions/myPartyReport'
import { myPrincipals } from './actions/myPrincipals'
import { myStations } from './actions/myStations'
import { outbox } from './actions/outbox'
import { partyStats } from './actions/partyStats'
import { poster } from './actions/poster'
import { proxyQueue } from './actions/proxyQueue'
import { recordConsent } from './actions/recordConsent'
import { proxyRegister } from './actions/proxyRegister'
import { requestProxy } from './actions/requestProxy'
import { register } from './actions/register'
import { resolve } from './actions/resolve'
import { revealPhone } from './actions/revealPhone'
import { revokeProxy } from './actions/revokeProxy'
import { revokeRole } from './actions/revokeRole'
import { saveServicePost } from './actions/saveServicePost'
import { searchMembers } from './actions/searchMembers'
import { serviceRecord } from './actions/serviceRecord'
import { submitPartyReport } from './actions/submitPartyReport'
import { subscriptionTemplates } from './actions/subscriptionTemplates'
import { updateProfile } from './actions/updateProfile'
import { uploadTarget } from './actions/uploadTarget'
import { verify } from './actions/verify'
import { verifyPhone } from './actions/verifyPhone'
import { verifyQueue } from './actions/verifyQueue'
import { stationCounters } from './counters'

export const actions = {
  resolve,
  myStations,
  get,
  me,
  updateProfile,
  poster,
  claimHead,
  listBuildings,
  listRooms,
  createBuildings,
  importHouseholds,
  verifyPhone,
  register,
  moveOut,
  verifyQueue,
  verify,
  directory,
  revealPhone,
  exportDirectory,
  searchMembers,
  listRoleHolders,
  grantRole,
  revokeRole,
  auditLog,
  listServicePosts,
  saveServicePost,
  submitPartyReport,
  myPartyReport,
  partyStats,
  serviceRecord,
  proxyRegister,
  requestProxy,
  householdPeople,
  proxyQueue,
  decideProxy,
  myPrincipals,
  revokeProxy,
  subscriptionTemplates,
  recordConsent,
  outbox,
  ...maintenanceActionsFor(stationCounters),
  uploadTarget,
} satisfies ActionTable<'station'>

export const main = createMain('station', actions)
