import { View } from '@tarojs/components'
import { SCORE_LABELS } from '@contract/forum/labels'

/** Five big stars to tap (1–5), and what the chosen number means in words. */
export function Stars({ value, onChange }: { value: number; onChange?(score: number): void }) {
  return (
    <View>
      <View className='stars' data-testid='stars'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            className={`stars__star${n <= value ? ' stars__star--on' : ''}`}
            onClick={() => onChange?.(n)}
            data-testid={`star-${n}`}
          >
            ★
          </View>
        ))}
      </View>
      {value ? <View className='text-s muted'>{SCORE_LABELS[value]}</View> : null}
    </View>
  )
}
