import { View } from '@tarojs/components'
import type { TemplateKey } from '@contract/subscriptions'
import type { WishDetail } from '@contract/wish'
import { Btn } from '@/components/Btn'
import { useSubscribe } from '@/data'
import { toast } from '@/platform/feedback'
import { onTap } from '@/platform/tap'

const FOR_WISHER: TemplateKey[] = ['wishClaimed', 'wishFulfilled', 'wishReleased']
const FOR_CLAIMER: TemplateKey[] = ['wishConfirmed']

/**
 * One tap asks WeChat to send the next news of this wish (each 允许 allows one message): the
 * wisher hears when it is claimed, fulfilled or given back; the helper when it is confirmed.
 */
export function Follow({ wish }: { wish: WishDetail }) {
  const wisherSide =
    wish.role === 'wisher' && ['pending', 'open', 'claimed', 'fulfilled'].includes(wish.status)
  const claimerSide = wish.role === 'claimer' && ['claimed', 'fulfilled'].includes(wish.status)
  const sub = useSubscribe(wisherSide ? FOR_WISHER : FOR_CLAIMER)
  if (!(wisherSide || claimerSide) || !sub.available) return null
  const ask = onTap((tap) => {
    void sub
      .ask(tap)
      .then((accepted) => toast(accepted.length ? '已开启，有进展会发到微信' : '没有开启消息通知'))
  })
  return (
    <View className='wish-actions'>
      <Btn
        className='btn btn--ghost'
        disabled={sub.busy || undefined}
        onClick={ask}
        data-testid='wish-follow'
      >
        {wisherSide ? '有人认领、完成时微信通知我' : '许愿人确认后微信通知我'}
      </Btn>
    </View>
  )
}
