import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '@/components/Field'

const COMMON = [
  '家电维修',
  '理发',
  '医护',
  '法律咨询',
  '教育辅导',
  '跑腿代购',
  '摄影',
  '矛盾调解',
  '电脑手机',
  '文艺',
]

/** Skills a volunteer offers: common ones to tap, or type one's own. */
export function SkillPicker({ value, onChange }: { value: string[]; onChange(v: string[]): void }) {
  const [custom, setCustom] = useState('')
  const toggle = (s: string) =>
    onChange(value.includes(s) ? value.filter((x) => x !== s) : [...value, s].slice(0, 10))
  const extra = value.filter((s) => !COMMON.includes(s))
  return (
    <View className='field'>
      <View className='field__hint'>我的特长（可多选）</View>
      <View className='choice-group'>
        {[...COMMON, ...extra].map((s) => (
          <View
            key={s}
            className={`choice${value.includes(s) ? ' choice--on' : ''}`}
            onClick={() => toggle(s)}
          >
            {s}
          </View>
        ))}
      </View>
      <Field label='其他特长' count={{ length: custom.length, max: 10 }}>
        <Input
          className='input'
          value={custom}
          maxlength={10}
          placeholder='填写后按完成'
          confirmType='done'
          onInput={(e) => setCustom(e.detail.value)}
          onConfirm={() => {
            const s = custom.trim()
            if (s && !value.includes(s)) onChange([...value, s].slice(0, 10))
            setCustom('')
          }}
        />
      </Field>
    </View>
  )
}
