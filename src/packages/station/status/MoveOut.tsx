import { useState } from 'react'
import { call } from '@/services/cloud'
import { confirm, toast } from '@/services/platform'
import { asCallError } from '@/stores/async'
import { useSession } from '@/stores/session'
import { Btn } from '@/components/Btn'

/** Moving out ends my membership here; my history (points, records) stays. */
export function MoveOut() {
  const loadMe = useSession((s) => s.loadMe)
  const [busy, setBusy] = useState(false)
  const moveOut = async () => {
    if (!(await confirm('确认迁出？', '迁出后将不再是本驿站居民，历史记录会保留。以后可以重新登记。'))) return
    setBusy(true)
    try {
      await call('station', 'moveOut', {}, useSession.getState().proxyOptions())
      toast('已办理迁出', 'success')
      await loadMe()
    } catch (err) {
      toast(asCallError(err).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Btn className='btn btn--ghost' disabled={busy} onClick={moveOut} data-testid='move-out'>
      {busy ? '正在办理…' : '我已搬离，办理迁出'}
    </Btn>
  )
}
