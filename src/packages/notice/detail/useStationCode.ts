import { useEffect, useState } from 'react'
import { asCallError } from '@/data'
import type { CallError } from '@/data'
import { useSession } from '@/stores/session'

/**
 * A shared card carries the station's code (`s`): enter that station first, so someone who has
 * never opened the app — or was last in another station — lands on the notice in the right place.
 */
export function useStationCode(code: string | undefined) {
  const station = useSession((s) => s.station)
  const enterByCode = useSession((s) => s.enterByCode)
  const [error, setError] = useState<CallError | null>(null)
  const [attempt, setAttempt] = useState(0)
  const here = !code || station?.code === code
  useEffect(() => {
    if (here || !code) return
    setError(null)
    enterByCode(code).catch((err) => setError(asCallError(err)))
  }, [code, here, attempt])
  return { ready: here && !!station, error, retry: () => setAttempt((n) => n + 1) }
}
