/** The `platform` cloud function: deployment-admin actions, authorised by the admin token. */
import type { ActionTable } from '../_kernel/action'
import { createMain } from '../_kernel/router'
import { createStation } from './actions/createStation'
import { listStations } from './actions/listStations'

export const actions = { createStation, listStations } satisfies ActionTable<'platform'>

export const main = createMain('platform', actions)
