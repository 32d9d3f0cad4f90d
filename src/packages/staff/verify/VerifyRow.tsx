import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberRow } from '@contract/station'
import { RELATION_LABELS } from '@contract/labels'
import { call } from '@/services/cloud'
import type { CallError } from '@/services/cloud'
import { showError, toastDone } from '@/services/platform/feedback'
import { asCallError } from '@/stores/async'
import { Btn } from '@/components/Btn'
import { MemberTags } from '../components/MemberTags'
import { shortDate } from '../components/format'
import { RejectForm } from './RejectForm'

interface Props {
  member: MemberRow
  /** Called once the server has recorded the decision. */
  onDecided(): void
}

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
      <View className='staff-line'>手机：{member.phoneMasked || '未留手机号'}</View>
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
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null)
  const [rejecting, setRejecting] = useState(false)
  const [error, setError] = useState<CallError | null>(null)

  const decide = async (decision: 'approve' | 'reject', reason = '') => {
    setBusy(decision)
    setError(null)
    try {
      await call('station', 'verify', { memberId: member.memberId, decision, reason })
      toastDone(decision === 'approve' ? '已审核通过' : '已退回登记')
      onDecided()
    } catch (err) {
      const e = asCallError(err)
      setError(e)
      if (!e.field) showError(e.message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <View>
      {error && !error.field ? (
        <View className='banner banner--red' data-testid='verify-error'>
          {error.message}
        </View>
      ) : null}
      {rejecting ? (
        <RejectForm
          busy={busy === 'reject'}
          serverError={error?.field === 'reason' ? error.message : null}
          onCancel={() => {
            setRejecting(false)
            setError(null)
          }}
          onSubmit={(reason) => decide('reject', reason)}
        />
      ) : (
        <View className='staff-actions'>
          <Btn
            className='btn btn--primary'
            disabled={!!busy}
            onClick={() => decide('approve')}
            data-testid='approve'
          >
            {busy === 'approve' ? '正在通过…' : '通过'}
          </Btn>
          <Btn
            className='btn btn--plain'
            disabled={!!busy}
            onClick={() => setRejecting(true)}
            data-testid='reject'
          >
            不通过
          </Btn>
        </View>
      )}
    </View>
  )
}
