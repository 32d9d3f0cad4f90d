import { View } from '@tarojs/components'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { TextAreaField } from '@/components/Field'
import { revealFirstError } from '@/platform/feedback'

interface Props {
  /** What the box is for, e.g. 不通过的原因（居民会看到）. */
  label: string
  /** Reasons given most often; one tap fills the box, which can still be edited. */
  reasons: readonly string[]
  busy: boolean
  serverError: string | null
  onCancel(): void
  onSubmit(reason: string): unknown
  /** @default 确认不通过 */
  confirmText?: string
}

/** Saying no with a reason the other person will read: so it is required and written plainly. */
export function ReasonForm({
  label,
  reasons,
  busy,
  serverError,
  onCancel,
  onSubmit,
  confirmText = '确认不通过',
}: Props) {
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const edit = (text: string) => {
    setReason(text)
    setMissing(false)
  }
  const submit = () => {
    const text = reason.trim()
    if (text) return onSubmit(text)
    setMissing(true)
    revealFirstError()
  }
  return (
    <View className='staff-sub' data-testid='reject-form'>
      <View className='choice-group' data-testid='quick-reasons'>
        {reasons.map((r) => (
          <View key={r} className={`choice${reason === r ? ' choice--on' : ''}`} onClick={() => edit(r)}>
            {r}
          </View>
        ))}
      </View>
      <TextAreaField
        label={label}
        required
        value={reason}
        onChange={edit}
        maxlength={100}
        placeholder='也可以自己填写'
        error={missing ? '请选择或填写原因' : serverError}
        testId='reject-reason-input'
      />
      <View className='staff-actions'>
        <Btn className='btn btn--primary' disabled={busy} onClick={submit} data-testid='confirm-reject'>
          {busy ? '正在提交…' : confirmText}
        </Btn>
        <Btn className='btn btn--ghost' disabled={busy} onClick={onCancel} data-testid='cancel-reject'>
          取消
        </Btn>
      </View>
    </View>
  )
}
