import { Image, View } from '@tarojs/components'
import { previewPhotos } from '@/platform/media'

/** A topic's photos, three to a row; a tap shows them full size. Missing ones are left out. */
export function Photos({ urls }: { urls: string[] }) {
  const shown = urls.filter(Boolean)
  if (shown.length === 0) return null
  return (
    <View className='photos' data-testid='topic-photos'>
      {shown.map((url) => (
        <View className='photos__item' key={url}>
          <Image
            className='photos__img'
            src={url}
            mode='aspectFill'
            onClick={() => previewPhotos(shown, url)}
          />
        </View>
      ))}
    </View>
  )
}
