import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MemberRow } from '@contract/station'
import { RELATION_LABELS } from '@contract/labels'
import { go } from '@/services/platform'
import { showError } from '@/services/platform/feedback'
import { useDirectory } from '@/stores/staff/directory'
import { Btn } from '@/components/Btn'
import { MemberTags } from '../components/MemberTags'

/** A person in a home: masked phone until asked; the full number is logged each time it is shown. */
export function MemberLine({ member, canOpenRecord }: { member: MemberRow; canOpenRecord: boolean }) {
  const phone = useDirectory((s) => s.revealed[member.memberId])
  const revealing = useDirectory((s) => s.revealing === member.memberId)
  const anyRevealing = useDirectory((s) => !!s.revealing)
  const reveal = useDirectory((s) => s.reveal)

  const onReveal = async () => {
    const error = await reveal(member.memberId)
    if (error) showError(error.message)
  }

  return (
    <View className='staff-item' data-testid={`member-${member.memberId}`}>
      <View className='staff-item__head'>
        <View>
          <View className='title-l' data-testid='member-name'>
            {member.name}
          </View>
          {member.relation ? <View className='staff-line'>{RELATION_LABELS[member.relation]}</View> : null}
        </View>
        <MemberTags member={member} withStatus />
      </View>
      {phone ? (
        <View data-testid='phone-revealed'>
          <View className='staff-phone' data-testid='phone-full'>
            {phone}
          </View>
          <View className='staff-line'>此次查看已记录</View>
          <Btn
            className='btn btn--primary'
            onClick={() => Taro.makePhoneCall({ phoneNumber: phone })}
            data-testid='call-phone'
          >
            拨打电话
          </Btn>
        </View>
      ) : member.phoneMasked ? (
        <View className='staff-inline staff-wrap'>
          <View className='staff-line staff-nowrap' data-testid='phone-masked'>
            手机：{member.phoneMasked}
          </View>
          <Btn
            className='btn btn--plain'
            disabled={anyRevealing}
            onClick={onReveal}
            data-testid='reveal-phone'
          >
            {revealing ? '正在查看…' : '查看完整号码'}
          </Btn>
        </View>
      ) : (
        <View className='staff-line'>没有留手机号{member.offline ? '（由家人代办）' : ''}</View>
      )}
      {canOpenRecord && member.isPartyMember && member.status === 'verified' ? (
        <View
          className='staff-link'
          onClick={() => go(`/packages/staff/service-record/index?memberId=${member.memberId}`)}
          data-testid='open-record'
        >
          查看党员服务记录 ›
        </View>
      ) : null}
    </View>
  )
}
