import { View } from '@tarojs/components'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import type { Async } from '@/data'
import { go } from '@/platform/nav'

/** Where I stand at this station, and the one next step that matters. */
export function MemberBanner({ me, onRetry }: { me: Async<MeView>; onRetry(): unknown }) {
  if (me.error && !me.data) {
    return (
      <View className='banner banner--warn' onClick={onRetry}>
        {me.error.message}（点此重试）
      </View>
    )
  }
  if (!me.data) return null
  const { member } = me.data
  if (!member) {
    return (
      <View className='banner banner--red' data-testid='member-guest'>
        <View>您还没有在本驿站登记。登记房屋、经楼长核对后，就能在这里办理驿站的各项事情。</View>
        <Btn
          className='btn btn--primary'
          data-testid='go-register'
          onClick={() => go('/packages/station/register/index')}
        >
          立即登记
        </Btn>
      </View>
    )
  }
  if (member.status === 'pending') {
    return (
      <View
        className='banner banner--warn'
        data-testid='member-pending'
        onClick={() => go('/packages/station/status/index')}
      >
        您的登记（{member.household?.label ?? '未选房屋'}）正在等待楼长审核。
      </View>
    )
  }
  if (member.status === 'rejected') {
    return (
      <View
        className='banner banner--red'
        data-testid='member-rejected'
        onClick={() => go('/packages/station/status/index')}
      >
        <View>登记未通过：{member.rejectReason}</View>
        <View className='text-s'>点此修改后重新提交</View>
      </View>
    )
  }
  return (
    <View className='banner banner--ok' data-testid='member-verified'>
      {member.name}，欢迎回家{member.household ? `（${member.household.label}）` : ''}
    </View>
  )
}
