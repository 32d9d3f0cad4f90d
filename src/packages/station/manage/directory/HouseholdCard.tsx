import { View } from '@tarojs/components'
import type { DirectoryRow } from '@contract/station'
import { MemberLine } from './MemberLine'

/** One home: its number and who is registered there; a home nobody registered is one short line. */
export function HouseholdCard({ row, canOpenRecord }: { row: DirectoryRow; canOpenRecord: boolean }) {
  const { household, members } = row
  const title = `${household.unit}单元 ${household.room}`
  if (members.length === 0) {
    return (
      <View className='card staff-card--slim row' data-testid={`household-${household.householdId}`}>
        <View className='title-l'>{title}</View>
        <View className='muted' data-testid='household-empty'>
          未登记
        </View>
      </View>
    )
  }
  return (
    <View className='card' data-testid={`household-${household.householdId}`}>
      <View className='staff-item__head'>
        <View className='staff-item__name'>{title}</View>
        <View className='staff-line'>{members.length} 人登记</View>
      </View>
      {members.map((m) => (
        <MemberLine key={m.memberId} member={m} canOpenRecord={canOpenRecord} />
      ))}
    </View>
  )
}
