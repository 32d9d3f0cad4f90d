import { View } from '@tarojs/components'
import { useState } from 'react'
import type { RoomOption } from '@contract/station'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'

/** Up to this many rooms show floor by floor at once; more, and the floor is chosen first. */
const ALL_AT_ONCE = 24

interface Props {
  buildingId: string
  unit: number
  value: string | null
  onPick(room: RoomOption): void
}

/** Rooms as big buttons, floor by floor — easier than typing a room number for elderly residents. */
export function RoomChooser({ buildingId, unit, value, onPick }: Props) {
  const rooms = useQuery('station', 'listRooms', { buildingId, unit })
  return (
    <Loadable
      state={rooms}
      onRetry={rooms.reload}
      isEmpty={(r) => r.items.length === 0}
      empty={<View className='muted'>这个单元还没有录入房号，请联系楼长。</View>}
    >
      {({ items }) =>
        items.length <= ALL_AT_ONCE ? (
          <Floors floors={byFloor(items)} value={value} onPick={onPick} />
        ) : (
          <FloorFirst rooms={items} value={value} onPick={onPick} />
        )
      }
    </Loadable>
  )
}

function FloorFirst({
  rooms,
  value,
  onPick,
}: {
  rooms: RoomOption[]
  value: string | null
  onPick(r: RoomOption): void
}) {
  const floors = byFloor(rooms)
  const [floor, setFloor] = useState<number | null>(
    () => rooms.find((r) => r.householdId === value)?.floor ?? null,
  )
  const chosen = floors.filter(([f]) => f === floor)
  return (
    <View>
      <View className='field__hint'>先选楼层，再选房号</View>
      <View className='choice-group choice-group--compact' data-testid='pick-floor'>
        {[...floors].reverse().map(([f]) => (
          <View key={f} className={`choice${f === floor ? ' choice--on' : ''}`} onClick={() => setFloor(f)}>
            {f}层
          </View>
        ))}
      </View>
      {chosen.length > 0 ? <Floors floors={chosen} value={value} onPick={onPick} /> : null}
    </View>
  )
}

function Floors({
  floors,
  value,
  onPick,
}: {
  floors: [number, RoomOption[]][]
  value: string | null
  onPick(r: RoomOption): void
}) {
  return (
    <View data-testid='pick-room'>
      {floors.map(([floor, list]) => (
        <View key={floor} className='room-floor'>
          <View className='room-floor__label text-xs muted'>{floor}层</View>
          <View className='choice-group'>
            {list.map((r) => (
              <View
                key={r.householdId}
                className={`choice${value === r.householdId ? ' choice--on' : ''}`}
                data-testid={`room-${r.room}`}
                onClick={() => onPick(r)}
              >
                {r.room}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

/** Highest floor first, as the building stands. */
function byFloor(rooms: RoomOption[]): [number, RoomOption[]][] {
  const floors = new Map<number, RoomOption[]>()
  for (const r of rooms) floors.set(r.floor, [...(floors.get(r.floor) ?? []), r])
  return [...floors.entries()].sort((a, b) => b[0] - a[0])
}
