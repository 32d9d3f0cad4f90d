import { View } from '@tarojs/components'
import type { MyStation } from '@contract/station'
import { STATUS_LABELS } from '@contract/labels'
import type { Async } from '@/data'
import { Loadable } from '../StateViews'

interface Props {
  /** `useQuery('station', 'myStations', {})` */
  state: Async<{ items: MyStation[] }>
  currentId?: string
  onRetry(): unknown
  onPick(station: MyStation): void
}

/** The stations I belong to; tapping one switches to it. */
export function StationList({ state, currentId, onRetry, onPick }: Props) {
  return (
    <Loadable
      state={state}
      onRetry={onRetry}
      isEmpty={(list) => list.items.length === 0}
      empty={<View className='card muted'>您还没有加入任何驿站。扫描驿站二维码后即可登记。</View>}
    >
      {({ items }) => (
        <View className='card' data-testid='station-list'>
          <View className='card__title'>我的驿站</View>
          {items.map((s) => (
            <View
              key={s.stationId}
              className='row'
              onClick={() => onPick(s)}
              data-testid={`station-${s.code}`}
            >
              <View>
                <View>{s.name}</View>
                <View className='text-xs muted'>{STATUS_LABELS[s.status]}</View>
              </View>
              <View className={`station-pick${s.stationId === currentId ? ' station-pick--on' : ''}`}>
                {s.stationId === currentId ? '当前' : '切换'}
              </View>
            </View>
          ))}
        </View>
      )}
    </Loadable>
  )
}
