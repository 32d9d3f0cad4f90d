import { View } from '@tarojs/components'
import { useState } from 'react'
import { CONSENT_LABELS } from '@contract/labels'
import type { ProxyRequestRow } from '@contract/station'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { shortDate } from '@/utils/format'
import { ReasonForm } from '../../components/ReasonForm'

const REASONS = ['本人没有同意', '无法联系到本人核实', '家属不同意', '情况说明不清楚，请补充后重新申请']

interface Props {
  request: ProxyRequestRow
  onDecided(): void
}

/** One request: who asks to act for whom, how that person agreed, and approve or decline. */
export function RequestRow({ request: r, onDecided }: Props) {
  const decide = useMutation('station', 'decideProxy', {
    fields: ['reason'],
    invalidates: ['station.proxyQueue'],
  })
  const [declining, setDeclining] = useState(false)
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null)

  const send = async (decision: 'approve' | 'reject', reason = '') => {
    setDeciding(decision)
    const done = await decide.run({ proxyId: r.proxyId, decision, reason })
    setDeciding(null)
    if (!done) return
    toastDone(decision === 'approve' ? '已同意' : '已退回')
    onDecided()
  }

  return (
    <View data-testid={`proxy-request-${r.proxyId}`}>
      <View className='staff-item__name' data-testid='request-principal'>
        {r.principalName}
      </View>
      <View>{r.household?.label ?? '未关联房屋'}</View>
      <View className='staff-line'>
        申请代办：{r.agentName}
        {r.agentHousehold ? `（${r.agentHousehold.label}）` : ''}
      </View>
      <View className='staff-line'>同意方式：{CONSENT_LABELS[r.consentMethod]}</View>
      {r.consentNote ? <View className='staff-line'>情况说明：{r.consentNote}</View> : null}
      <View className='staff-line'>申请于 {shortDate(r.requestedAt)}</View>
      {decide.formError ? (
        <View className='banner banner--red' data-testid='decide-error'>
          {decide.formError}
        </View>
      ) : null}
      {declining ? (
        <ReasonForm
          label='不同意的原因'
          reasons={REASONS}
          busy={deciding === 'reject'}
          serverError={decide.fieldError('reason')}
          confirmText='确认不同意'
          onCancel={() => {
            setDeclining(false)
            decide.clear()
          }}
          onSubmit={(reason) => send('reject', reason)}
        />
      ) : (
        <View className='staff-actions'>
          <Btn
            className='btn btn--primary'
            disabled={decide.busy}
            onClick={() => send('approve')}
            data-testid='approve-proxy'
          >
            {deciding === 'approve' ? '正在同意…' : '同意'}
          </Btn>
          <Btn
            className='btn btn--plain'
            disabled={decide.busy}
            onClick={() => setDeclining(true)}
            data-testid='decline-proxy'
          >
            不同意
          </Btn>
        </View>
      )}
    </View>
  )
}
