import { Image, View } from '@tarojs/components'
import { previewPhotos } from '@/platform/media'

/** Stored photos (temporary URLs); a tap shows them full screen. */
export function Photos({ urls, testId }: { urls: string[]; testId?: string }) {
  if (urls.length === 0) return null
  return (
    <View className='photos' data-testid={testId}>
      {urls.map((url) => (
        <View className='photos__item' key={url} onClick={() => previewPhotos(urls, url)}>
          <Image className='photos__img' src={url} mode='aspectFill' />
        </View>
      ))}
    </View>
  )
}
