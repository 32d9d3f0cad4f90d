import { View } from '@tarojs/components'

interface Props {
  checked: boolean
  onChange(checked: boolean): void
}

/**
 * A number the resident typed by hand (the phone button failed) is not verified: the building
 * head can ring it, and tick here that it is right when approving.
 */
export function PhoneCheck({ checked, onChange }: Props) {
  return (
    <View
      className={`check${checked ? ' check--on' : ''}`}
      onClick={() => onChange(!checked)}
      data-testid='phone-confirmed'
    >
      <View className='check__box'>{checked ? '✓' : ''}</View>
      <View>
        <View>已核对手机号</View>
        <View className='text-xs muted'>打电话或当面确认过这个号码是本人的</View>
      </View>
    </View>
  )
}
