import { View } from '@tarojs/components'
import type { CategorySubscription } from '@contract/notice'
import { NOTICE_CATEGORY_LABELS } from '@contract/notice/labels'
import { Btn } from '@/components/Btn'
import { useQuery, useSubscribe } from '@/data'
import { toast } from '@/platform/feedback'
import { onTap } from '@/platform/tap'

/**
 * Which kinds of notice WeChat should tell me about. WeChat asks once per message: each 允许
 * lets the station send one notice of that kind, so the count says how many are still allowed.
 */
export function SubscribeCard() {
  const subs = useQuery('notice', 'subscriptions', {})
  const items = (subs.data?.items ?? []).filter((s) => s.templateId)
  if (items.length === 0) return null
  return (
    <View className='card' data-testid='notice-subscriptions'>
      <View className='card__title'>微信提醒</View>
      <View className='text-s muted'>
        点一次「提醒我」，下一条这类通知会发到您的微信；想多收几条就多点几次。
      </View>
      {items.map((s) => (
        <SubscribeRow key={s.key} item={s} onDone={() => subs.reload()} />
      ))}
    </View>
  )
}

function SubscribeRow({ item, onDone }: { item: CategorySubscription; onDone(): void }) {
  const sub = useSubscribe([item.key])
  const ask = onTap((tap) => {
    void sub.ask(tap).then((accepted) => {
      toast(
        accepted.length ? `下一条「${NOTICE_CATEGORY_LABELS[item.category]}」通知会发到微信` : '没有开启提醒',
      )
      onDone()
    })
  })
  return (
    <View className='sub-row' data-testid={`subscribe-${item.category}`}>
      <View>
        <View>{NOTICE_CATEGORY_LABELS[item.category]}</View>
        <View className='text-s muted' data-testid='subscribe-left'>
          {item.available ? `还可提醒 ${item.available} 次` : '未开启'}
        </View>
      </View>
      <Btn className='btn btn--plain btn--small' disabled={sub.busy || undefined} onClick={ask}>
        提醒我
      </Btn>
    </View>
  )
}
