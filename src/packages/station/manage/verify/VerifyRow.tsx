import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberRow } from '@contract/station'
import { RELATION_LABELS } from '@contract/labels'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { shortDate } from '@/utils/format'
import { MemberTags } from '../../components/MemberTags'
import { ReasonForm } from '../../components/ReasonForm'
import { PhoneCheck } from './PhoneCheck'

interface Props {
  member: MemberRow
  /** Called once the server has recorded the decision. */
  onDecided(): void
}

/** Reasons building heads give most often. */
const REASONS = [
  '房号与登记信息不符',
  '无法联系到本人',
  '不是本小区住户',
  '姓名与房屋登记人不一致',
  '信息不完整，请补充后重新登记',
]

/** One registration: who, which home, and (while pending) approve or send back with a reason. */
export function VerifyRow({ member, onDecided }: Props) {
  return (
    <View data-testid={`verify-row-${member.memberId}`}>
      <MemberSummary member={member} />
      {member.status === 'pending' ? <Decision member={member} onDecided={onDecided} /> : null}
    </View>
  )
}

function MemberSummary({ member }: { member: MemberRow }) {
  return (
    <View>
      <View className='staff-item__head'>
        <View className='staff-item__name' data-testid='member-name'>
          {member.name}
        </View>
        <MemberTags member={member} />
      </View>
      <View>
        {member.household?.label ?? '未选房屋'}
        {member.relation ? ` · ${RELATION_LABELS[member.relation]}` : ''}
      </View>
      <View className='staff-line'>
        手机：{member.phoneMasked || '未留手机号'}
        {member.phoneMasked && !member.phoneVerified ? (
          <View className='tag tag--warn tag--inline' data-testid='phone-unverified'>
            手机号未验证
          </View>
        ) : null}
      </View>
      <View className='staff-line'>登记于 {shortDate(member.registeredAt)}</View>
      {member.status === 'rejected' && member.rejectReason ? (
        <View className='staff-line danger' data-testid='reject-reason'>
          未通过原因：{member.rejectReason}
        </View>
      ) : null}
    </View>
  )
}

function Decision({ member, onDecided }: Props) {
  const verify = useMutation('station', 'verify', {
    fields: ['reason'],
    invalidates: ['station.verifyQueue'],
  })
  const [rejecting, setRejecting] = useState(false)
  const [phoneConfirmed, setPhoneConfirmed] = useState(false)
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null)
  const unverified = !!member.phoneMasked && !member.phoneVerified

  const decide = async (decision: 'approve' | 'reject', reason = '') => {
    setDeciding(decision)
    const done = await verify.run({ memberId: member.memberId, decision, reason, phoneConfirmed })
    setDeciding(null)
    if (!done) return
    toastDone(decision === 'approve' ? '已通过' : '已退回')
    onDecided()
  }

  return (
    <View>
      {verify.formError ? (
        <View className='banner banner--red' data-testid='verify-error'>
          {verify.formError}
        </View>
      ) : null}
      {rejecting ? (
        <ReasonForm
          label='不通过的原因（居民会看到）'
          reasons={REASONS}
          busy={deciding === 'reject'}
          serverError={verify.fieldError('reason')}
          onCancel={() => {
            setRejecting(false)
            verify.clear()
          }}
          onSubmit={(reason) => decide('reject', reason)}
        />
      ) : (
        <View>
          {unverified ? <PhoneCheck checked={phoneConfirmed} onChange={setPhoneConfirmed} /> : null}
          <View className='staff-actions'>
            <Btn
              className='btn btn--primary'
              disabled={verify.busy}
              onClick={() => decide('approve')}
              data-testid='approve'
            >
              {deciding === 'approve' ? '正在通过…' : '通过'}
            </Btn>
            <Btn
              className='btn btn--plain'
              disabled={verify.busy}
              onClick={() => setRejecting(true)}
              data-testid='reject'
            >
              不通过
            </Btn>
          </View>
        </View>
      )}
    </View>
  )
}
