import { View } from '@tarojs/components'
import { RELATION_LABELS, STATUS_LABELS } from '@contract/labels'
import type { MemberSelf } from '@contract/station'
import { Btn } from '@/components/Btn'
import { InfoRow } from '@/components/InfoRow'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useMe } from '@/data'
import { go } from '@/platform/nav'
import { useSession } from '@/stores/session'
import { MoveOut } from './MoveOut'

const TONE = {
  pending: 'banner--warn',
  verified: 'banner--ok',
  rejected: 'banner--red',
  left: 'banner--info',
} as const

/**
 * My registration (or, while acting, the neighbour's): its status, the reason if it was not
 * approved, and what can be done next.
 */
export default function RegistrationStatus() {
  const me = useMe()
  return (
    <Screen testId='page-status'>
      <Loadable state={me} onRetry={me.reload}>
        {({ member }) => (member ? <Registration member={member} /> : <NotRegistered />)}
      </Loadable>
    </Screen>
  )
}

function NotRegistered() {
  return (
    <View className='card'>
      <View className='card__title'>还没有登记</View>
      <Btn className='btn btn--primary' onClick={() => go('/packages/station/register/index')}>
        去登记
      </Btn>
    </View>
  )
}

function Registration({ member }: { member: MemberSelf }) {
  const acting = useSession((s) => !!s.actingFor)
  return (
    <View>
      <View className={`banner ${TONE[member.status]}`} data-testid='registration-status'>
        {STATUS_LABELS[member.status]}
        {member.status === 'pending' ? '：楼长或驿站工作人员会尽快核对' : ''}
      </View>
      {member.status === 'rejected' ? (
        <View className='card' data-testid='reject-reason'>
          <View className='card__title'>未通过的原因</View>
          <View>{member.rejectReason}</View>
        </View>
      ) : null}
      <View className='card'>
        <InfoRow label='姓名' testId='status-name'>
          {member.name}
        </InfoRow>
        <InfoRow label='房屋'>{member.household?.label ?? '未关联'}</InfoRow>
        <InfoRow label='关系'>{member.relation ? RELATION_LABELS[member.relation] : '—'}</InfoRow>
        <InfoRow label='手机'>{phoneText(member)}</InfoRow>
      </View>
      {member.status !== 'verified' && !acting ? (
        <Btn className='btn btn--primary' onClick={() => go('/packages/station/register/index')}>
          修改登记信息
        </Btn>
      ) : null}
      {member.status === 'verified' ? <MoveOut name={acting ? member.name : null} /> : null}
    </View>
  )
}

/** A number typed by hand waits for the building head to confirm it. */
function phoneText(member: MemberSelf): string {
  if (!member.phoneMasked) return '—'
  return member.phoneVerified ? member.phoneMasked : `${member.phoneMasked}（待楼长核对）`
}
