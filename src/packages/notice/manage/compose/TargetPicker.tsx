import { View } from '@tarojs/components'
import { useState } from 'react'
import type { BuildingView } from '@contract/station'
import { Field } from '@/components/Field'
import type { Draft } from './draft'

interface Props {
  draft: Draft
  set(patch: Partial<Draft>): void
  /** The buildings I may post to: every one for staff, the ones I head for a building head. */
  buildings: BuildingView[]
  canPostToAll: boolean
  error: string | null
}

/** 发给谁: the whole station (staff), or buildings I may post to — and, for one building, some of its units. */
/** A big station has ~190 buildings: a screenful of them at a time. */
const STEP = 40

export function TargetPicker({ draft, set, buildings, canPostToAll, error }: Props) {
  const [shown, setShown] = useState(STEP)
  const toggle = (buildingId: string) => {
    const on = draft.buildingIds.includes(buildingId)
    set({
      all: false,
      buildingIds: on
        ? draft.buildingIds.filter((b) => b !== buildingId)
        : [...draft.buildingIds, buildingId],
      units: [],
    })
  }
  const one =
    draft.buildingIds.length === 1 ? buildings.find((b) => b.buildingId === draft.buildingIds[0]) : null
  return (
    <Field label='发给' required error={error} testId='pick-target'>
      {canPostToAll ? (
        <View
          className={`choice choice--wide${draft.all ? ' choice--on' : ''}`}
          onClick={() => set({ all: !draft.all, buildingIds: [], units: [] })}
          data-testid='target-all'
        >
          全体住户
        </View>
      ) : null}
      <View className='choice-group choice-group--compact' data-testid='target-buildings'>
        {buildings.slice(0, shown).map((b) => (
          <View
            key={b.buildingId}
            className={`choice${draft.buildingIds.includes(b.buildingId) ? ' choice--on' : ''}`}
            onClick={() => toggle(b.buildingId)}
          >
            {b.name}
          </View>
        ))}
      </View>
      {buildings.length > shown ? (
        <View className='link-line' onClick={() => setShown(shown + STEP)} data-testid='more-buildings'>
          显示更多楼栋（还有 {buildings.length - shown} 栋）
        </View>
      ) : null}
      {one && one.units > 1 ? <UnitPicker building={one} units={draft.units} set={set} /> : null}
    </Field>
  )
}

function UnitPicker({
  building,
  units,
  set,
}: {
  building: BuildingView
  units: number[]
  set(p: Partial<Draft>): void
}) {
  const all = Array.from({ length: building.units }, (_, i) => i + 1)
  const toggle = (u: number) =>
    set({ units: units.includes(u) ? units.filter((x) => x !== u) : [...units, u].sort() })
  return (
    <View className='target-units'>
      <View className='text-s muted'>只发给{building.name}的部分单元？不选就是整栋楼。</View>
      <View className='choice-group choice-group--compact' data-testid='target-units'>
        <View
          className={`choice${units.length === 0 ? ' choice--on' : ''}`}
          onClick={() => set({ units: [] })}
        >
          整栋
        </View>
        {all.map((u) => (
          <View
            key={u}
            className={`choice${units.includes(u) ? ' choice--on' : ''}`}
            onClick={() => toggle(u)}
          >
            {u}单元
          </View>
        ))}
      </View>
    </View>
  )
}
