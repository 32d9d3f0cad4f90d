import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { BuildingView, RoomOption } from '@contract/station'
import { Loadable } from '@/components/StateViews'
import { call } from '@/services/cloud'
import type { Async } from '@/stores/async'
import { idle, track } from '@/stores/async'

export interface PickedHousehold {
  householdId: string
  label: string
}

interface Props {
  value: PickedHousehold | null
  onChange(value: PickedHousehold | null): void
}

/**
 * Choose a home in three taps: building, unit, room. Rooms are shown floor by floor as big
 * buttons — easier than typing a room number for elderly residents.
 */
export function HouseholdPicker({ value, onChange }: Props) {
  const [buildings, setBuildings] = useState<Async<BuildingView[]>>(idle())
  const [building, setBuilding] = useState<BuildingView | null>(null)
  const [unit, setUnit] = useState<number | null>(null)
  const [rooms, setRooms] = useState<Async<RoomOption[]>>(idle())

  const loadBuildings = () =>
    track(
      () => buildings,
      setBuildings,
      async () => (await call('station', 'listBuildings', {})).items,
    )
  useEffect(() => {
    loadBuildings()
  }, [])

  const loadRooms = (b: BuildingView, u: number) =>
    track(
      () => rooms,
      setRooms,
      async () => (await call('station', 'listRooms', { buildingId: b.buildingId, unit: u })).items,
    )

  const pickBuilding = (b: BuildingView) => {
    setBuilding(b)
    setUnit(b.units === 1 ? 1 : null)
    setRooms(idle())
    onChange(null)
    if (b.units === 1) loadRooms(b, 1)
  }
  const pickUnit = (u: number) => {
    setUnit(u)
    onChange(null)
    if (building) loadRooms(building, u)
  }

  return (
    <View data-testid='household-picker'>
      <Loadable
        state={buildings}
        onRetry={loadBuildings}
        isEmpty={(l) => l.length === 0}
        empty={<View className='muted'>驿站还没有录入楼栋，请联系楼长。</View>}
      >
        {(list) => (
          <View className='choice-group' data-testid='pick-building'>
            {list.map((b) => (
              <View
                key={b.buildingId}
                className={`choice${building?.buildingId === b.buildingId ? ' choice--on' : ''}`}
                onClick={() => pickBuilding(b)}
              >
                {b.name}
              </View>
            ))}
          </View>
        )}
      </Loadable>
      {building && building.units > 1 ? (
        <View className='choice-group' data-testid='pick-unit'>
          {Array.from({ length: building.units }, (_, i) => i + 1).map((u) => (
            <View key={u} className={`choice${unit === u ? ' choice--on' : ''}`} onClick={() => pickUnit(u)}>
              {u}单元
            </View>
          ))}
        </View>
      ) : null}
      {building && unit ? (
        <RoomGrid
          state={rooms}
          value={value}
          prefix={`${building.name}${unit}单元`}
          onRetry={() => loadRooms(building, unit)}
          onPick={onChange}
        />
      ) : null}
      {value ? (
        <View className='banner banner--ok' data-testid='picked-household'>
          已选择：{value.label}
        </View>
      ) : null}
    </View>
  )
}

interface GridProps {
  state: Async<RoomOption[]>
  value: PickedHousehold | null
  prefix: string
  onRetry(): void
  onPick(value: PickedHousehold): void
}

function RoomGrid({ state, value, prefix, onRetry, onPick }: GridProps) {
  return (
    <Loadable
      state={state}
      onRetry={onRetry}
      isEmpty={(l) => l.length === 0}
      empty={<View className='muted'>这个单元还没有录入房号。</View>}
    >
      {(rooms) => (
        <View data-testid='pick-room'>
          {floors(rooms).map(([floor, list]) => (
            <View key={floor} className='room-floor'>
              <View className='room-floor__label text-xs muted'>{floor}层</View>
              <View className='choice-group'>
                {list.map((r) => (
                  <View
                    key={r.householdId}
                    className={`choice${value?.householdId === r.householdId ? ' choice--on' : ''}`}
                    data-testid={`room-${r.room}`}
                    onClick={() => onPick({ householdId: r.householdId, label: `${prefix}${r.room}` })}
                  >
                    {r.room}
                  </View>
                ))}
              </View>
            </View>
          ))}
        </View>
      )}
    </Loadable>
  )
}

function floors(rooms: RoomOption[]): [number, RoomOption[]][] {
  const byFloor = new Map<number, RoomOption[]>()
  for (const r of rooms) byFloor.set(r.floor, [...(byFloor.get(r.floor) ?? []), r])
  return [...byFloor.entries()].sort((a, b) => b[0] - a[0])
}
