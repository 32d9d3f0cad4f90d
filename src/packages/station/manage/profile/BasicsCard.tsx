import { View } from '@tarojs/components'
import { TextAreaField, TextField } from '@/components/Field'
import type { ProfileEditor } from './useProfileEditor'

/** Name, address, opening hours and the short introduction. */
export function BasicsCard({ editor }: { editor: ProfileEditor }) {
  const { draft, error, patch } = editor
  return (
    <View className='card'>
      <View className='card__title'>基本信息</View>
      <TextField
        label='驿站名称'
        value={draft.name}
        onChange={(name) => patch({ name })}
        maxlength={40}
        error={error('name')}
        testId='profile-name'
      />
      <TextField
        label='地址'
        hint='写清楼栋或门牌，方便老人找到'
        value={draft.address}
        onChange={(address) => patch({ address })}
        maxlength={100}
        error={error('address')}
        testId='profile-address'
      />
      <TextField
        label='开放时间'
        hint='如：周一至周日 8:30-11:30，14:00-17:30'
        value={draft.openingHours}
        onChange={(openingHours) => patch({ openingHours })}
        maxlength={60}
        error={error('openingHours')}
        testId='profile-hours'
      />
      <TextAreaField
        label='简介（选填）'
        value={draft.intro}
        onChange={(intro) => patch({ intro })}
        maxlength={500}
        error={error('intro')}
        testId='profile-intro'
      />
    </View>
  )
}
