/**
 * The cloud functions and actions the contract (types/) defines, for the rule "the app calls only
 * what the contract defines". Typed against `Contract`, so adding a function to types/api.ts
 * without listing its contract here fails the type-check.
 */
import type { Contract, FnName } from '../../../types/api'
import { forumContract } from '../../../types/forum'
import { noticeContract } from '../../../types/notice'
import { platformContract } from '../../../types/platform'
import { stationContract } from '../../../types/station'
import { volunteerContract } from '../../../types/volunteer'
import { wishContract } from '../../../types/wish'

const CONTRACT: { [F in FnName]: Contract[F] } = {
  station: stationContract,
  platform: platformContract,
  volunteer: volunteerContract,
  forum: forumContract,
  notice: noticeContract,
  wish: wishContract,
}

/** What a call may carry besides the action's input (types/api.ts CallRequest). */
const REQUEST_KEYS = new Set(['action', 'input', 'stationId', 'onBehalfOf'])

/** Why a `wx.cloud.callFunction({name, data})` is outside the contract, or null when it is inside. */
export function outsideContract(name: string, data: unknown): string | null {
  if (!(name in CONTRACT)) return `cloud function "${name}" is not in the contract (types/api.ts)`
  const request = (data ?? {}) as Record<string, unknown>
  const action = String(request.action)
  if (!Object.prototype.hasOwnProperty.call(CONTRACT[name as FnName], action))
    return `action "${name}.${action}" is not in the contract (types/${name}.ts)`
  const extra = Object.keys(request).filter((k) => !REQUEST_KEYS.has(k))
  if (extra.length)
    return `call ${name}.${action} carries ${extra.join(', ')}, which CallRequest does not define`
  return null
}
