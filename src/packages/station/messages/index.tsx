import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { OutboxRow } from '@contract/subscriptions'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { useMe, usePagedQuery, useSubscribe } from '@/data'
import { toast } from '@/platform/feedback'
import { onTap } from '@/platform/tap'
import { dateTime } from '@/utils/format'

const STATUS_TEXT: Record<OutboxRow['status'], string> = {
  sending: '正在发送',
  sent: '已发到微信',
  noConsent: '未发送：没有订阅这类消息',
  failed: '发送失败',
  offline: '没有手机，由代办人或楼长转告',
}

/**
 * 消息通知: the messages the station tried to send me (or, for staff, everyone), and what became of
 * each — so nobody wonders whether a message went out. One tap asks WeChat's permission for the
 * next ones (each 允许 allows one message of that kind).
 */
export default function MessagesPage() {
  const me = useMe()
  const staff = !!me.data?.permissions.isStaff
  const list = usePagedQuery('station', 'outbox', {})
  const sub = useSubscribe(['registrationDecision', 'proxyDecision'])
  usePullDownRefresh(() => {
    list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const allow = onTap((tap) => {
    void sub
      .ask(tap)
      .then((accepted) => toast(accepted.length ? '已开启，下次结果会发到微信' : '没有开启消息通知'))
  })
  return (
    <Screen testId='page-messages'>
      <View className='card'>
        <View className='muted'>
          {staff ? '本驿站发出的所有消息，以及没能发出的原因。' : '驿站发给您的消息，以及没能发出的原因。'}
        </View>
        {sub.available ? (
          <Btn
            className='btn btn--plain'
            disabled={sub.busy || undefined}
            onClick={allow}
            data-testid='allow-messages'
          >
            允许接收审核结果通知
          </Btn>
        ) : null}
      </View>
      <PagedList
        list={list}
        testId='outbox-list'
        keyOf={(m) => m.outboxId}
        emptyTitle='还没有消息'
        renderItem={(m) => (
          <View className='card' data-testid={`outbox-${m.outboxId}`}>
            <View className='title-l'>{m.templateTitle}</View>
            <View>{m.summary}</View>
            <View className={m.status === 'sent' ? 'ok' : 'muted'} data-testid='outbox-status'>
              {STATUS_TEXT[m.status]}
              {m.status === 'failed' ? `（错误码 ${m.errCode}）` : ''}
            </View>
            <View className='text-s muted'>
              {staff ? `${m.memberName} · ` : ''}
              {dateTime(m.at)}
            </View>
          </View>
        )}
      />
    </Screen>
  )
}
