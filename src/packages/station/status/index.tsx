import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { RELATION_LABELS, STATUS_LABELS } from '@contract/labels'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { go } from '@/services/platform'
import { useSession } from '@/stores/session'
import { MoveOut } from './MoveOut'
import { Btn } from '@/components/Btn'

const TONE = {
  pending: 'banner--warn',
  verified: 'banner--ok',
  rejected: 'banner--red',
  left: 'banner--info',
} as const

/** My registration: its status, the reason if it was not approved, and what I can do next. */
export default function RegistrationStatus() {
  const { me, loadMe } = useSession()
  useDidShow(() => {
    loadMe()
  })
  return (
    <Screen testId='page-status'>
      <Loadable state={me} onRetry={loadMe}>
        {({ member }) =>
          !member ? (
            <View className='card'>
              <View className='card__title'>还没有登记</View>
              <Btn className='btn btn--primary' onClick={() => go('/packages/station/register/index')}>
                去登记
              </Btn>
            </View>
          ) : (
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
                <View className='row'>
                  <View className='muted'>姓名</View>
                  <View>{member.name}</View>
                </View>
                <View className='row'>
                  <View className='muted'>房屋</View>
                  <View>{member.household?.label ?? '未关联'}</View>
                </View>
                <View className='row'>
                  <View className='muted'>关系</View>
                  <View>{member.relation ? RELATION_LABELS[member.relation] : '—'}</View>
                </View>
                <View className='row'>
                  <View className='muted'>手机</View>
                  <View>{member.phoneMasked || '—'}</View>
                </View>
              </View>
              {member.status !== 'verified' ? (
                <Btn className='btn btn--primary' onClick={() => go('/packages/station/register/index')}>
                  修改登记信息
                </Btn>
              ) : null}
              {member.status === 'verified' ? <MoveOut /> : null}
            </View>
          )
        }
      </Loadable>
    </Screen>
  )
}
