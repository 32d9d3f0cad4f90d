import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { call } from '@/services/cloud'
import { confirm } from '@/services/platform'
import { toastDone } from '@/services/platform/feedback'
import { useSession } from '@/stores/session'
import { useSubmit } from '@/stores/useSubmit'

/** Moving out ends my membership here; my history (points, records) stays. */
export function MoveOut() {
  const loadMe = useSession((s) => s.loadMe)
  const { busy, run, formError } = useSubmit()
  const moveOut = async () => {
    if (!(await confirm('确认迁出？', '迁出后将不再是本驿站居民，历史记录会保留。以后可以重新登记。'))) return
    if (!(await run(() => call('station', 'moveOut', {}, useSession.getState().proxyOptions())))) return
    toastDone('已办理迁出')
    await loadMe()
  }
  return (
    <View>
      {formError ? <View className='banner banner--red'>{formError}</View> : null}
      <Btn className='btn btn--ghost' disabled={busy} onClick={moveOut} data-testid='move-out'>
        {busy ? '正在办理…' : '我已搬离，办理迁出'}
      </Btn>
    </View>
  )
}
