import { Image, View } from '@tarojs/components'
import type { LocalImage } from '@/data'
import { showError } from '@/platform/feedback'
import { choosePhotos, PickError } from '@/platform/media'
import { onTap } from '@/platform/tap'

interface Props {
  value: LocalImage[]
  onChange(value: LocalImage[]): void
  max: number
  /** @default 添加照片 */
  addText?: string
  testId?: string
}

/**
 * Photos picked on the phone, shown before they are sent (uploading happens on 提交): each can be
 * taken out again; the + tile opens the album or camera from the tap itself.
 */
export function PhotoPicker({ value, onChange, max, addText = '添加照片', testId }: Props) {
  const add = onTap((tap) => {
    choosePhotos(tap, max - value.length).then(
      (picked) => onChange([...value, ...picked].slice(0, max)),
      (err) => showError(err instanceof PickError ? err.message : '没能打开相册，请稍后再试'),
    )
  })
  return (
    <View className='photos' data-testid={testId}>
      {value.map((img, i) => (
        <View className='photos__item' key={img.path}>
          <Image className='photos__img' src={img.path} mode='aspectFill' />
          <View
            className='photos__remove'
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            data-testid='photo-remove'
          >
            ✕
          </View>
        </View>
      ))}
      {value.length < max ? (
        <View className='photos__item photos__add' onClick={add} data-testid='photo-add'>
          <View className='photos__add-icon'>＋</View>
          <View>{addText}</View>
        </View>
      ) : null}
    </View>
  )
}
