import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'

/**
 * Moving out ends a membership here; the history (points, records) stays. A stand-in can do it
 * for the neighbour they act for (`name` is theirs then).
 */
export function MoveOut({ name }: { name: string | null }) {
  const moveOut = useMutation('station', 'moveOut', {
    forPrincipal: true,
    invalidates: ['station.me', 'station.myStations'],
  })
  const who = name ?? '您'
  const run = async () => {
    if (!(await confirm('确认迁出？', `迁出后${who}将不再是本驿站居民，历史记录会保留。以后可以重新登记。`)))
      return
    if (await moveOut.run({})) toastDone('已办理迁出')
  }
  return (
    <View>
      {moveOut.formError ? <View className='banner banner--red'>{moveOut.formError}</View> : null}
      <Btn className='btn btn--ghost' disabled={moveOut.busy} onClick={run} data-testid='move-out'>
        {moveOut.busy ? '正在办理…' : name ? `${name}已搬离，办理迁出` : '我已搬离，办理迁出'}
      </Btn>
    </View>
  )
}
