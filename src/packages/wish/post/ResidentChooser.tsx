import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import type { WishResident } from '@contract/wish'
import { Field } from '@/components/Field'
import { useQuery } from '@/data'

interface Props {
  value: WishResident | null
  onChange(value: WishResident | null): void
  error: string | null
}

/** Staff pick the resident they post for (people without a phone included) by name. */
export function ResidentChooser({ value, onChange, error }: Props) {
  const [q, setQ] = useState('')
  const found = useQuery('wish', 'findResident', { q: q.trim() }, { enabled: q.trim().length > 0 })
  if (value)
    return (
      <Field label='替哪位居民发布' required>
        <View className='picked' data-testid='resident-picked'>
          <View className='picked__value'>
            {value.name}（{value.household}
            {value.offline ? '，没有手机' : ''}）
          </View>
          <View className='picked__change' onClick={() => onChange(null)}>
            换一位
          </View>
        </View>
      </Field>
    )
  return (
    <Field label='替哪位居民发布' hint='输入姓名查找，没有手机的老人也在这里' error={error} required>
      <Input
        className='input'
        value={q}
        maxlength={20}
        placeholder='如：王奶奶'
        onInput={(e) => setQ(e.detail.value)}
        data-testid='resident-search'
      />
      <View className='picker-results'>
        {(found.data?.items ?? []).map((r) => (
          <View
            key={r.memberId}
            className='choice choice--wide'
            onClick={() => onChange(r)}
            data-testid={`resident-${r.memberId}`}
          >
            {r.name} · {r.household}
            {r.offline ? '（没有手机）' : ''}
          </View>
        ))}
        {q.trim() && found.data?.items.length === 0 ? <View className='muted'>没有找到这位居民</View> : null}
      </View>
    </Field>
  )
}
