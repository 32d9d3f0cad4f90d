import { View } from '@tarojs/components'
import type { MemberRow } from '@contract/station'
import { STATUS_LABELS } from '@contract/labels'

const STATUS_TONE = { pending: 'tag--warn', verified: 'tag--ok', rejected: 'tag', left: 'tag--grey' } as const

/** 志愿者 / 党员 / 代办登记 (and, when asked, the status) as small tags. */
export function MemberTags({ member, withStatus = false }: { member: MemberRow; withStatus?: boolean }) {
  return (
    <View data-testid='member-tags'>
      {withStatus ? (
        <View className={`tag ${STATUS_TONE[member.status]}`} data-testid='member-status'>
          {STATUS_LABELS[member.status]}
        </View>
      ) : null}
      {member.isVolunteer ? <View className='tag tag--grey'>志愿者</View> : null}
      {member.isPartyMember ? <View className='tag'>党员</View> : null}
      {member.offline ? <View className='tag tag--warn'>代办登记</View> : null}
    </View>
  )
}
