import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import type { BuildingView } from '@contract/station'
import { buildingRanges, matchBuildings, MANY_BUILDINGS } from './buildingSearch'

interface Props {
  buildings: BuildingView[]
  value: string | null
  onPick(building: BuildingView): void
}

/**
 * Choose a building: at a small station every building is a big button; at a big one
 * (dozens or hundreds) type its number, or tap a range of twenty and then the building.
 */
export function BuildingChooser({ buildings, value, onPick }: Props) {
  if (buildings.length <= MANY_BUILDINGS) {
    return <BuildingButtons buildings={buildings} value={value} onPick={onPick} testId='pick-building' />
  }
  return <ManyBuildings buildings={buildings} value={value} onPick={onPick} />
}

function ManyBuildings({ buildings, value, onPick }: Props) {
  const ranges = buildingRanges(buildings)
  const [typed, setTyped] = useState('')
  const [rangeKey, setRangeKey] = useState<string | null>(
    () => ranges.find((r) => r.buildings.some((b) => b.buildingId === value))?.key ?? null,
  )
  const range = ranges.find((r) => r.key === rangeKey)
  const matches = matchBuildings(buildings, typed)
  return (
    <View data-testid='pick-building'>
      <View className='field__hint'>共 {buildings.length} 栋。输入楼号，或先点下面的楼号范围。</View>
      <Input
        className='input'
        type='number'
        value={typed}
        maxlength={6}
        placeholder='输入楼号，如 18'
        onInput={(e) => setTyped(e.detail.value)}
        data-testid='building-search'
      />
      {typed.trim() ? (
        matches.length > 0 ? (
          <View className='picker-results'>
            <BuildingButtons buildings={matches} value={value} onPick={onPick} testId='building-matches' />
          </View>
        ) : (
          <View className='field__error' data-testid='building-none'>
            没有找到{typed}栋，请检查楼号
          </View>
        )
      ) : (
        <View>
          <View className='choice-group choice-group--ranges' data-testid='building-ranges'>
            {ranges.map((r) => (
              <View
                key={r.key}
                className={`choice${r.key === rangeKey ? ' choice--on' : ''}`}
                onClick={() => setRangeKey(r.key === rangeKey ? null : r.key)}
              >
                {r.label}
              </View>
            ))}
          </View>
          {range ? (
            <BuildingButtons
              buildings={range.buildings}
              value={value}
              onPick={onPick}
              testId='building-range'
            />
          ) : null}
        </View>
      )}
    </View>
  )
}

interface ButtonsProps extends Props {
  testId: string
}

function BuildingButtons({ buildings, value, onPick, testId }: ButtonsProps) {
  return (
    <View className='choice-group' data-testid={testId}>
      {buildings.map((b) => (
        <View
          key={b.buildingId}
          className={`choice${value === b.buildingId ? ' choice--on' : ''}`}
          onClick={() => onPick(b)}
        >
          {b.name}
        </View>
      ))}
    </View>
  )
}
