import { Image, View } from '@tarojs/components'
import type { LocalImage } from '@/data'
import { Btn } from '@/components/Btn'
import { Field } from '@/components/Field'
import { showError } from '@/platform/feedback'
import { choosePhotos, PickError } from '@/platform/media'
import { onTap } from '@/platform/tap'

/** What notices allow (types/files.ts `notice`): the server checks again when it attaches them. */
export const MAX_IMAGES = 9

interface Props {
  images: LocalImage[]
  onChange(images: LocalImage[]): void
  error: string | null
  /** 正在上传第2张… while sending. */
  progress: string | null
}

/** 图片（可不加）: photos picked from the album or camera, uploaded when the notice is posted. */
export function ImagesField({ images, onChange, error, progress }: Props) {
  const add = onTap((tap) => {
    void choosePhotos(tap, MAX_IMAGES - images.length).then(
      (picked) => picked.length && onChange([...images, ...picked]),
      (err) => showError(err instanceof PickError ? err.message : '没能打开相册，请稍后再试'),
    )
  })
  return (
    <Field label='图片' hint={`可不加，最多${MAX_IMAGES}张`} error={error} testId='pick-images'>
      <View className='notice-thumbs'>
        {images.map((img, i) => (
          <View className='notice-thumb' key={img.path}>
            <Image className='notice-thumb__img' src={img.path} mode='aspectFill' />
            <View
              className='notice-thumb__remove'
              onClick={() => onChange(images.filter((_, j) => j !== i))}
              data-testid={`remove-image-${i}`}
            >
              ×
            </View>
          </View>
        ))}
      </View>
      {progress ? <View className='text-s muted'>{progress}</View> : null}
      {images.length < MAX_IMAGES ? (
        <Btn className='btn btn--plain btn--small' onClick={add} data-testid='add-images'>
          添加图片
        </Btn>
      ) : null}
    </Field>
  )
}
