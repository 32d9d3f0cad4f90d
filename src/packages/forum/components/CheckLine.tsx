import { View } from '@tarojs/components'

interface Props {
  checked: boolean
  onChange(checked: boolean): void
  title: string
  note?: string
  testId?: string
}

/** A big tappable yes/no line with a box that shows ✓. */
export function CheckLine({ checked, onChange, title, note, testId }: Props) {
  return (
    <View
      className={`check${checked ? ' check--on' : ''}`}
      onClick={() => onChange(!checked)}
      data-testid={testId}
    >
      <View className='check__box'>{checked ? '✓' : ''}</View>
      <View>
        <View>{title}</View>
        {note ? <View className='text-xs muted'>{note}</View> : null}
      </View>
    </View>
  )
}
