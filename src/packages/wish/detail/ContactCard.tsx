import { View } from '@tarojs/components'
import { useState } from 'react'
import type { WishContact } from '@contract/wish'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { callPhone } from '@/platform/media'

/**
 * How to reach the wisher, for those who may know: asked for on purpose (each look by a helper
 * or staff is recorded), never shown on the wall.
 */
export function ContactCard({ wishId, role }: { wishId: string; role: string }) {
  const reveal = useMutation('wish', 'contact', { forPrincipal: true })
  const [shown, setShown] = useState<WishContact | null>(null)
  const open = async () => setShown(await reveal.run({ wishId }))
  return (
    <View className='card' data-testid='wish-contact'>
      <View className='card__title'>联系方式和地址</View>
      {shown ? (
        <View>
          <View>{shown.contactName}</View>
          <View className='wish-contact__phone' data-testid='contact-phone'>
            {shown.contactPhone}
          </View>
          <View data-testid='contact-address'>{shown.address}</View>
          <Btn className='btn btn--plain' onClick={() => callPhone(shown.contactPhone)}>
            打电话
          </Btn>
        </View>
      ) : (
        <View>
          <View className='text-s muted'>
            {role === 'wisher'
              ? '认领人会看到这些，方便联系您。'
              : '只给认领人和驿站工作人员看，请勿外传。每次查看都会记录。'}
          </View>
          {reveal.error ? <View className='danger'>{reveal.error.message}</View> : null}
          <Btn className='btn btn--plain' disabled={reveal.busy} onClick={open} data-testid='show-contact'>
            {reveal.busy ? '正在打开…' : '查看联系方式和地址'}
          </Btn>
        </View>
      )}
    </View>
  )
}
