/** Which station a call is made in and, for actions done for someone (代办), for whom. */
import { useSession } from '@/stores/session'

export interface CallScope {
  /** Part of every cache key: another station or another principal is another answer. */
  tag: string
  options: { onBehalfOf?: string }
}

/**
 * `forPrincipal`: while a stand-in acts for someone, this call is made for them (only actions
 * the server allows to be done on someone's behalf, such as `me` and `moveOut`).
 */
export function useCallScope(forPrincipal = false): CallScope {
  const stationId = useSession((s) => s.station?.stationId ?? '')
  const onBehalfOf = useSession((s) => (forPrincipal ? s.actingFor?.memberId : undefined))
  return { tag: `${stationId}|${onBehalfOf ?? ''}`, options: onBehalfOf ? { onBehalfOf } : {} }
}
