import { Picker, View } from '@tarojs/components'
import { Tabs } from '@/components/Tabs'

/** Past this many, buildings are chosen from a wheel rather than a row of tabs. */
const MAX_TABS = 8

export interface BuildingOption {
  buildingId: string
  name: string
}

interface Props {
  buildings: BuildingOption[]
  /** '' means every building I cover (only offered when `allowAll`). */
  value: string
  onChange(buildingId: string): void
  allowAll?: boolean
  allLabel?: string
  testId?: string
}

/** Which building a list shows: tabs for a few, a picker for a whole community. */
export function BuildingFilter({
  buildings,
  value,
  onChange,
  allowAll = false,
  allLabel = '全部楼栋',
  testId = 'building-filter',
}: Props) {
  const options = [...(allowAll ? [{ buildingId: '', name: allLabel }] : []), ...buildings]
  if (options.length <= MAX_TABS) {
    const tabs = options.map((b) => ({ key: b.buildingId || 'all', label: b.name }))
    return (
      <Tabs
        tabs={tabs}
        value={value || 'all'}
        onChange={(k) => onChange(k === 'all' ? '' : k)}
        testId={testId}
      />
    )
  }
  const index = Math.max(
    0,
    options.findIndex((b) => b.buildingId === value),
  )
  return (
    <Picker
      mode='selector'
      range={options.map((b) => b.name)}
      value={index}
      onChange={(e) => onChange(options[Number(e.detail.value)].buildingId)}
    >
      <View className='picker staff-picker' data-testid={testId}>
        <View>楼栋：{options[index]?.name ?? '请选择'}</View>
        <View className='muted text-s'>点此切换 ▾</View>
      </View>
    </Picker>
  )
}
