import { View } from '@tarojs/components'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { TextAreaField } from '@/components/Field'
import { revealFirstError } from '@/platform/feedback'

interface Props {
  label: string
  /** Sentences people write most often: one tap fills the box, which can still be edited. */
  quick?: readonly string[]
  /** May it be sent empty? @default false */
  optional?: boolean
  maxlength: number
  placeholder?: string
  confirmText: string
  busy: boolean
  serverError: string | null
  onCancel(): void
  onSubmit(text: string): unknown
  testId: string
}

/** A few words sent with a step (a reason, a thank-you, how it is going), with ready-made ones. */
export function NoteForm(props: Props) {
  const { label, quick = [], optional = false, maxlength, placeholder, confirmText, busy } = props
  const [text, setText] = useState('')
  const [missing, setMissing] = useState(false)
  const edit = (value: string) => {
    setText(value)
    setMissing(false)
  }
  const submit = () => {
    const value = text.trim()
    if (value || optional) return props.onSubmit(value)
    setMissing(true)
    revealFirstError()
  }
  return (
    <View className='card' data-testid={props.testId}>
      {quick.length > 0 ? (
        <View className='choice-group'>
          {quick.map((q) => (
            <View key={q} className={`choice${text === q ? ' choice--on' : ''}`} onClick={() => edit(q)}>
              {q}
            </View>
          ))}
        </View>
      ) : null}
      <TextAreaField
        label={label}
        required={!optional}
        value={text}
        onChange={edit}
        maxlength={maxlength}
        placeholder={placeholder ?? (quick.length ? '也可以自己写' : '')}
        error={missing ? `请填写${label}` : props.serverError}
        testId={`${props.testId}-input`}
      />
      <Btn className='btn btn--primary' disabled={busy} onClick={submit} data-testid={`${props.testId}-send`}>
        {busy ? '正在提交…' : confirmText}
      </Btn>
      <Btn className='btn btn--ghost' disabled={busy} onClick={props.onCancel}>
        取消
      </Btn>
    </View>
  )
}
