import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { asCallError } from '@/data'
import type { CallError } from '@/data'
import { STATION_CODE } from '@/platform/scene'
import { useSession } from '@/stores/session'

/**
 * A page opened from a shared card carries its station (`s=<code>`): enter it first, so a
 * newcomer lands on the right station's activity. Answers true once the station is the one asked.
 */
export function useStationParam(): { ready: boolean; error: CallError | null } {
  const code = useRouter().params.s
  const { station, enterByCode } = useSession()
  const wanted = code && STATION_CODE.test(code) && station?.code !== code ? code : null
  const [error, setError] = useState<CallError | null>(null)
  useEffect(() => {
    if (wanted) enterByCode(wanted).catch((err) => setError(asCallError(err)))
  }, [wanted])
  return { ready: !wanted && !!station, error }
}
