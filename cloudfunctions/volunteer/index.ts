/** The `volunteer` cloud function: its table of actions, one module each under actions/. */
import type { ActionTable } from '../_kernel/action'
import { maintenanceActionsFor } from '../_kernel/maintenance'
import { createMain } from '../_kernel/router'
import { cancelActivity } from './actions/cancelActivity'
import { cancelSignup } from './actions/cancelSignup'
import { checkIn } from './actions/checkIn'
import { checkOut } from './actions/checkOut'
import { checkVoucher } from './actions/checkVoucher'
import { confirmHours } from './actions/confirmHours'
import { correctionQueue } from './actions/correctionQueue'
import { decideCorrection } from './actions/decideCorrection'
import { featureNeighbour } from './actions/featureNeighbour'
import { finishActivity } from './actions/finishActivity'
import { getActivity } from './actions/getActivity'
import { honourRoll } from './actions/honourRoll'
import { issueCertificate } from './actions/issueCertificate'
import { listActivities } from './actions/listActivities'
import { listRewards } from './actions/listRewards'
import { listTeams } from './actions/listTeams'
import { lookupCertificate } from './actions/lookupCertificate'
import { manageRewards } from './actions/manageRewards'
import { managedActivities } from './actions/managedActivities'
import { markAttendance } from './actions/markAttendance'
import { memberPoints } from './actions/memberPoints'
import { myCorrections } from './actions/myCorrections'
import { myPoints } from './actions/myPoints'
import { mySignups } from './actions/mySignups'
import { myVouchers } from './actions/myVouchers'
import { openCheckin } from './actions/openCheckin'
import { publishActivity } from './actions/publishActivity'
import { redeem } from './actions/redeem'
import { removeFeatured } from './actions/removeFeatured'
import { requestCorrection } from './actions/requestCorrection'
import { reversePoints } from './actions/reversePoints'
import { roster } from './actions/roster'
import { saveActivity } from './actions/saveActivity'
import { saveReward } from './actions/saveReward'
import { saveTeam } from './actions/saveTeam'
import { signUp } from './actions/signUp'
import { verifiedVouchers } from './actions/verifiedVouchers'
import { verifyVoucher } from './actions/verifyVoucher'
import { volunteerStats } from './actions/volunteerStats'
import { volunteerCounters } from './counters'

export const actions = {
  cancelActivity,
  cancelSignup,
  checkIn,
  checkOut,
  checkVoucher,
  confirmHours,
  correctionQueue,
  decideCorrection,
  featureNeighbour,
  finishActivity,
  getActivity,
  honourRoll,
  issueCertificate,
  listActivities,
  listRewards,
  listTeams,
  lookupCertificate,
  manageRewards,
  managedActivities,
  markAttendance,
  memberPoints,
  myCorrections,
  myPoints,
  mySignups,
  myVouchers,
  openCheckin,
  publishActivity,
  redeem,
  removeFeatured,
  requestCorrection,
  reversePoints,
  roster,
  saveActivity,
  saveReward,
  saveTeam,
  signUp,
  verifiedVouchers,
  verifyVoucher,
  volunteerStats,
  ...maintenanceActionsFor(volunteerCounters),
} satisfies ActionTable<'volunteer'>

export const main = createMain('volunteer', actions)
