/** Who I am at the current station (or, while acting for someone, who they are): every page asks the same. */
import { useSession } from '@/stores/session'
import { useQuery } from './query'

export function useMe() {
  const hasStation = useSession((s) => !!s.station)
  return useQuery('station', 'me', {}, { forPrincipal: true, enabled: hasStation })
}
