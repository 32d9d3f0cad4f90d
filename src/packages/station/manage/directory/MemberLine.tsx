import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MemberRow } from '@contract/station'
import { RELATION_LABELS } from '@contract/labels'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { go } from '@/platform/nav'
import { MemberTags } from '../../components/MemberTags'

/** A person in a home: masked phone until asked; the full number is logged each time it is shown. */
export function MemberLine({ member, canOpenRecord }: { member: MemberRow; canOpenRecord: boolean }) {
  // The full number is kept on this line only while the page is open.
  const [phone, setPhone] = useState<string | null>(null)
  const reveal = useMutation('station', 'revealPhone')

  const onReveal = async () => {
    const answer = await reveal.run({ memberId: member.memberId })
    if (answer) setPhone(answer.phone)
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
            disabled={reveal.busy}
            onClick={onReveal}
            data-testid='reveal-phone'
          >
            {reveal.busy ? '正在查看…' : '查看完整号码'}
          </Btn>
          {reveal.formError ? <View className='field__error'>{reveal.formError}</View> : null}
        </View>
      ) : (
        <View className='staff-line'>没有留手机号{member.offline ? '（由家人代办）' : ''}</View>
      )}
      {canOpenRecord && member.isPartyMember && member.status === 'verified' ? (
        <View
          className='staff-link'
          onClick={() => go(`/packages/station/service-record/index?memberId=${member.memberId}`)}
          data-testid='open-record'
        >
          查看党员服务记录 ›
        </View>
      ) : null}
    </View>
  )
}
