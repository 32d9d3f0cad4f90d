import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '@/components/Field'
import { Btn } from '@/components/Btn'

/** Reasons building heads give most often; one tap fills the box, which can still be edited. */
const COMMON_REASONS = [
  '房号与登记信息不符',
  '无法联系到本人',
  '不是本小区住户',
  '姓名与房屋登记人不一致',
  '信息不完整，请补充后重新登记',
]

interface Props {
  busy: boolean
  serverError: string | null
  onCancel(): void
  onSubmit(reason: string): void
}

/** The resident reads this reason, so it is required and written plainly. */
export function RejectForm({ busy, serverError, onCancel, onSubmit }: Props) {
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const submit = () => {
    const text = reason.trim()
    if (!text) return setMissing(true)
    onSubmit(text)
  }
  return (
    <View className='staff-sub' data-testid='reject-form'>
      <Field label='不通过的原因（居民会看到）' error={missing ? '请选择或填写不通过的原因' : serverError}>
        <View className='choice-group' data-testid='quick-reasons'>
          {COMMON_REASONS.map((r) => (
            <View
              key={r}
              className={`choice${reason === r ? ' choice--on' : ''}`}
              onClick={() => {
                setReason(r)
                setMissing(false)
              }}
            >
              {r}
            </View>
          ))}
        </View>
        <Textarea
          className={`textarea${missing || serverError ? ' input--error' : ''}`}
          value={reason}
          maxlength={100}
          placeholder='也可以自己填写，最多100字'
          onInput={(e) => {
            setReason(e.detail.value)
            setMissing(false)
          }}
          data-testid='reject-reason-input'
        />
      </Field>
      <View className='staff-actions'>
        <Btn className='btn btn--primary' disabled={busy} onClick={submit} data-testid='confirm-reject'>
          {busy ? '正在提交…' : '确认不通过'}
        </Btn>
        <Btn className='btn btn--ghost' disabled={busy} onClick={onCancel} data-testid='cancel-reject'>
          取消
        </Btn>
      </View>
    </View>
  )
}
