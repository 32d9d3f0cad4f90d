/** The `platform` cloud function: deployment-admin actions, authorised by the admin token. */
import type { ActionTable } from '../_kernel/action'
import { createMain } from '../_kernel/router'
import { createStation } from './actions/createStation'
import { initDatabase } from './actions/initDatabase'
import { listStations } from './actions/listStations'

export const actions = { createStation, listStations, initDatabase } satisfies ActionTable<'platform'>

export const main = createMain('platform', actions)
