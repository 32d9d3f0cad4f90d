import { View } from '@tarojs/components'
import { useState } from 'react'
import type { BuildingView, HouseholdLabel } from '@contract/station'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { BuildingChooser } from './BuildingChooser'
import { RoomChooser } from './RoomChooser'

export type PickedHousehold = Pick<HouseholdLabel, 'householdId' | 'buildingId' | 'unit' | 'label'>

interface Props {
  value: PickedHousehold | null
  onChange(value: PickedHousehold | null): void
}

/**
 * Choose a home in three steps: building, unit, room. Each choice folds into one highlighted
 * line (tap 换 to change it), so after the building the rest of the form is close below; a home
 * chosen before (editing a registration) opens folded, its building and room still marked.
 */
export function HouseholdPicker({ value, onChange }: Props) {
  const buildings = useQuery('station', 'listBuildings', {})
  return (
    <View data-testid='household-picker'>
      <Loadable
        state={buildings}
        onRetry={buildings.reload}
        isEmpty={(b) => b.items.length === 0}
        empty={<View className='muted'>驿站还没有录入楼栋，请联系楼长。</View>}
      >
        {({ items }) => <Steps buildings={items} value={value} onChange={onChange} />}
      </Loadable>
    </View>
  )
}

function Steps({ buildings, value, onChange }: StepsProps) {
  const [open, setOpen] = useState(!value)
  if (value && !open) {
    return (
      <View className='picked' data-testid='picked-household'>
        <View className='picked__value'>已选择：{value.label}</View>
        <View className='picked__change' onClick={() => setOpen(true)} data-testid='change-household'>
          重新选择
        </View>
      </View>
    )
  }
  return <Choosing buildings={buildings} value={value} onChange={onChange} onDone={() => setOpen(false)} />
}

interface StepsProps extends Props {
  buildings: BuildingView[]
}

function Choosing({ buildings, value, onChange, onDone }: StepsProps & { onDone(): void }) {
  const [buildingId, setBuildingId] = useState<string | null>(value?.buildingId ?? null)
  const [unit, setUnit] = useState<number | null>(value?.unit ?? null)
  const building = buildings.find((b) => b.buildingId === buildingId) ?? null

  const pickBuilding = (b: BuildingView) => {
    setBuildingId(b.buildingId)
    setUnit(b.units === 1 ? 1 : null)
    onChange(null)
  }
  const change = (what: 'building' | 'unit') => {
    if (what === 'building') setBuildingId(null)
    setUnit(null)
    onChange(null)
  }

  if (!building) {
    return <BuildingChooser buildings={buildings} value={buildingId} onPick={pickBuilding} />
  }
  return (
    <View>
      <Chosen label={building.name} onChange={() => change('building')} testId='picked-building' />
      {building.units > 1 ? (
        <UnitStep units={building.units} unit={unit} onPick={setUnit} onChange={() => change('unit')} />
      ) : null}
      {unit ? (
        <RoomChooser
          buildingId={building.buildingId}
          unit={unit}
          value={value?.householdId ?? null}
          onPick={(r) => {
            onChange({
              householdId: r.householdId,
              buildingId: building.buildingId,
              unit,
              label: `${building.name}${unit}单元${r.room}`,
            })
            onDone()
          }}
        />
      ) : null}
    </View>
  )
}

interface UnitStepProps {
  units: number
  unit: number | null
  onPick(unit: number): void
  onChange(): void
}

/** The unit of a building with more than one: big buttons, then the chosen one. */
function UnitStep({ units, unit, onPick, onChange }: UnitStepProps) {
  if (unit) return <Chosen label={`${unit}单元`} onChange={onChange} testId='picked-unit' />
  return (
    <View className='choice-group' data-testid='pick-unit'>
      {Array.from({ length: units }, (_, i) => i + 1).map((u) => (
        <View key={u} className='choice' onClick={() => onPick(u)}>
          {u}单元
        </View>
      ))}
    </View>
  )
}

/** A step already decided: shown as the highlighted choice, with a way to change it. */
function Chosen({ label, onChange, testId }: { label: string; onChange(): void; testId: string }) {
  return (
    <View className='chosen' data-testid={testId}>
      <View className='choice choice--on'>{label}</View>
      <View className='picked__change' onClick={onChange}>
        换一个
      </View>
    </View>
  )
}
