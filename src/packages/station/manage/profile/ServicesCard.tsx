import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { Field } from '@/components/Field'
import type { ProfileEditor } from './useProfileEditor'

/** 服务清单 as chips: tap × to remove, type and tap 添加 to add. */
export function ServicesCard({ editor }: { editor: ProfileEditor }) {
  const { draft, errorUnder, addService, removeService } = editor
  const [text, setText] = useState('')
  const [hint, setHint] = useState<string | null>(null)
  const serverError = errorUnder('services')
  const badIndex = badServiceIndex(editor)

  const add = () => {
    const why = addService(text)
    setHint(why)
    if (!why) setText('')
  }

  return (
    <View className='card' data-testid='profile-services'>
      <View className='card__title'>服务清单</View>
      <View className='staff-chips'>
        {draft.services.length === 0 ? <View className='muted text-s'>还没有服务项目</View> : null}
        {draft.services.map((s, i) => (
          <View
            key={s}
            className={`staff-chip${i === badIndex ? ' choice--on' : ''}`}
            data-testid={`service-${i}`}
          >
            {s}
            <View
              className='staff-chip__remove'
              onClick={() => removeService(i)}
              data-testid={`remove-service-${i}`}
            >
              ×
            </View>
          </View>
        ))}
      </View>
      <Field label='添加服务项目' error={hint ?? serverError} count={{ length: text.length, max: 20 }}>
        <View className='staff-inline'>
          <Input
            className='input'
            value={text}
            maxlength={20}
            placeholder='如：理发、磨刀、义诊'
            confirmType='done'
            onInput={(e) => {
              setText(e.detail.value)
              setHint(null)
            }}
            onConfirm={add}
            data-testid='service-input'
          />
          <Btn className='btn btn--plain' onClick={add} data-testid='add-service'>
            添加
          </Btn>
        </View>
      </Field>
    </View>
  )
}

/** Which chip the server named (`services.3`), to mark it. */
function badServiceIndex(editor: ProfileEditor): number {
  for (let i = 0; i < editor.draft.services.length; i++) if (editor.errorUnder(`services.${i}`)) return i
  return -1
}
