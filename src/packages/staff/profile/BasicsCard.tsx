import { Input, Textarea, View } from '@tarojs/components'
import { Field } from '@/components/Field'
import { useProfileEditor } from '@/stores/staff/profile'
import { fieldError } from '../components/fieldError'

/** Name, address, opening hours and the short introduction. */
export function BasicsCard() {
  const { draft, error, patch } = useProfileEditor()
  if (!draft) return null
  const err = (path: string) => fieldError(error, path)
  const cls = (path: string, base = 'input') => `${base}${err(path) ? ' input--error' : ''}`
  return (
    <View className='card'>
      <View className='card__title'>基本信息</View>
      <Field label='驿站名称' error={err('name')}>
        <Input
          className={cls('name')}
          value={draft.name}
          maxlength={40}
          onInput={(e) => patch({ name: e.detail.value })}
          data-testid='profile-name'
        />
      </Field>
      <Field label='地址' hint='写清楼栋或门牌，方便老人找到' error={err('address')}>
        <Input
          className={cls('address')}
          value={draft.address}
          maxlength={100}
          onInput={(e) => patch({ address: e.detail.value })}
          data-testid='profile-address'
        />
      </Field>
      <Field label='开放时间' hint='如：周一至周日 8:30-11:30，14:00-17:30' error={err('openingHours')}>
        <Input
          className={cls('openingHours')}
          value={draft.openingHours}
          maxlength={60}
          onInput={(e) => patch({ openingHours: e.detail.value })}
          data-testid='profile-hours'
        />
      </Field>
      <Field label='简介（选填）' hint={`${draft.intro.length}/500 字`} error={err('intro')}>
        <Textarea
          className={cls('intro', 'textarea')}
          value={draft.intro}
          maxlength={500}
          onInput={(e) => patch({ intro: e.detail.value })}
          data-testid='profile-intro'
        />
      </Field>
    </View>
  )
}
