import { View } from '@tarojs/components'
import type { MeView } from '@contract/station'
import { useQuery } from '@/data'
import { BuildingFilter } from './BuildingFilter'

interface Props {
  me: MeView
  /** '' for every building I cover. */
  value: string
  onChange(buildingId: string): void
}

/**
 * Which of my buildings a queue shows: staff choose among all, a building head among the ones
 * they head (and is told which those are).
 */
export function CoveredFilter({ me, value, onChange }: Props) {
  const staff = me.permissions.isStaff
  const all = useQuery('station', 'listBuildings', {}, { enabled: staff })
  const covered = staff ? (all.data?.items ?? []) : (me.member?.headOf ?? [])
  return (
    <View>
      {covered.length > 1 ? (
        <BuildingFilter buildings={covered} value={value} onChange={onChange} allowAll />
      ) : null}
      {!staff ? (
        <View className='staff-count'>
          您负责：{me.member?.headOf.map((b) => b.name).join('、') || '暂无楼栋'}
        </View>
      ) : null}
    </View>
  )
}
