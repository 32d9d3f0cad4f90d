import { View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import type { ReadStats } from '@contract/notice'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useMutation, useQuery } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'
import { showGroupShareMenu } from '@/platform/group'
import { goHome } from '@/platform/nav'
import { barWidth, dateTime, thousands } from '@/utils/format'
import { BuildingRows } from './BuildingRows'
import { Households } from './Households'
import '../../components/notice.css'

/**
 * 阅读情况: how many households of each building (and unit) have read a notice, which group chats
 * it reached and how many opened it there, what WeChat messages went out — and, building by
 * building, who has not read it yet, with the one reminder. Shared from here, the card carries
 * the group's identity.
 */
export default function Receipts() {
  const params = useRouter().params as Record<string, string | undefined>
  useLoad(() => {
    // Opened without a notice (a stale link): the notices I manage instead.
    if (!params.id) return void Taro.redirectTo({ url: '/packages/notice/manage/list/index' })
    showGroupShareMenu()
  })
  return (
    <Screen testId='page-receipts'>
      <AccessGate allow={(p) => p.canVerify} deniedText='只有发布人、楼长和驿站工作人员可以看阅读情况'>
        {() => (params.id ? <ReceiptsOf noticeId={params.id} posted={params.posted === '1'} /> : null)}
      </AccessGate>
    </Screen>
  )
}

function ReceiptsOf({ noticeId, posted }: { noticeId: string; posted: boolean }) {
  const stats = useQuery('notice', 'readStats', { noticeId })
  usePullDownRefresh(() => {
    stats.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useShareAppMessage(() =>
    stats.data
      ? { title: stats.data.share.title, path: stats.data.share.path }
      : { title: '驿站通知', path: '/pages/entry/index' },
  )
  return (
    <Loadable state={stats} onRetry={stats.reload} loadingText='正在统计…'>
      {(s) => (
        <View>
          {posted ? <PostedBanner stats={s} /> : null}
          <Summary stats={s} />
          <Delivery stats={s} onMore={stats.reload} />
          <Groups stats={s} />
          <BuildingRows buildings={s.buildings} />
          <Households stats={s} onChanged={stats.reload} />
          {s.canWithdraw ? <Withdraw noticeId={s.noticeId} onDone={stats.reload} /> : null}
        </View>
      )}
    </Loadable>
  )
}

function PostedBanner({ stats }: { stats: ReadStats }) {
  return (
    <View className='banner banner--ok' data-testid='posted-banner'>
      <View>已发布给{stats.targetLabel}。转发到楼栋的微信群，邻居们点开卡片就能看到。</View>
      {process.env.TARO_ENV === 'weapp' ? (
        <Btn className='btn btn--primary' openType='share' data-testid='share-notice'>
          转发到楼栋群
        </Btn>
      ) : null}
      {LOCAL_CLOUD && process.env.TARO_ENV === 'h5' ? (
        <View className='text-xs' data-testid='share-path'>
          本地演示 · 群聊卡片打开的路径：{stats.share.path}
        </View>
      ) : null}
    </View>
  )
}

function Summary({ stats }: { stats: ReadStats }) {
  const { read, targeted } = stats.total
  return (
    <View className='card' data-testid='read-summary'>
      <View className='card__title'>{stats.title}</View>
      <View className='notice-meta'>
        发给{stats.targetLabel} · {dateTime(stats.createdAt)}
        {stats.status === 'withdrawn' ? ' · 已撤回' : ''}
      </View>
      <View className='reach-total' data-testid='read-total'>
        已读 {thousands(read)} / {thousands(targeted)} 户
      </View>
      <View className='reach-track'>
        <View className='reach-bar' style={{ width: barWidth(read, targeted) }} />
      </View>
      <View className='text-s muted'>按户统计：一户里有人打开就算已读；老人由代办人代读也算。</View>
      {stats.guests ? (
        <View className='text-s' data-testid='guest-opens'>
          还有 {stats.guests} 位没登记的邻居看过（登记通过后再打开才计入）
        </View>
      ) : null}
    </View>
  )
}

function Delivery({ stats, onMore }: { stats: ReadStats; onMore(): unknown }) {
  const d = stats.delivery
  const more = useMutation('notice', 'deliver')
  const sendMore = async () => {
    if (await more.run({ noticeId: stats.noticeId })) await onMore()
  }
  return (
    <View className='card' data-testid='delivery'>
      <View className='card__title'>微信消息</View>
      <View>
        发给订阅了这类通知的居民：已发 {d.sent} 人
        {d.offline ? `，${d.offline} 位老人没有手机（由代办人转告）` : ''}
        {d.failed ? `，${d.failed} 条发送失败` : ''}
      </View>
      {!d.done && stats.canWithdraw ? (
        <Btn
          className='btn btn--plain'
          disabled={more.busy || undefined}
          onClick={sendMore}
          data-testid='deliver-more'
        >
          {more.busy ? '正在发送…' : '还有人没发到，继续发送'}
        </Btn>
      ) : null}
      {more.formError ? <View className='danger'>{more.formError}</View> : null}
    </View>
  )
}

function Groups({ stats }: { stats: ReadStats }) {
  if (stats.groups.length === 0) return null
  return (
    <View className='card' data-testid='group-reach'>
      <View className='card__title'>楼栋群</View>
      {stats.groups.map((g) => (
        <View className='sub-row' key={g.groupId} data-testid={`group-reach-${g.groupId}`}>
          <View>
            <View>{g.name}</View>
            <View className='text-s muted'>{g.buildingName}</View>
          </View>
          <View className={g.opens ? 'ok' : 'muted'}>
            {g.opens ? `${g.opens} 人从群里打开` : '还没人从群里打开'}
          </View>
        </View>
      ))}
    </View>
  )
}

function Withdraw({ noticeId, onDone }: { noticeId: string; onDone(): unknown }) {
  const withdraw = useMutation('notice', 'withdraw', { invalidates: ['notice.managed', 'notice.list'] })
  const run = async () => {
    if (!(await confirm('撤回通知', '撤回后居民就看不到这条通知了，阅读情况仍然保留。确定撤回吗？'))) return
    if (await withdraw.run({ noticeId })) {
      toastDone('已撤回')
      await onDone()
    }
  }
  return (
    <View>
      {withdraw.formError ? <View className='danger'>{withdraw.formError}</View> : null}
      <Btn
        className='btn btn--ghost'
        disabled={withdraw.busy || undefined}
        onClick={run}
        data-testid='withdraw'
      >
        撤回这条通知
      </Btn>
      <Btn className='btn btn--ghost' onClick={goHome}>
        回到首页
      </Btn>
    </View>
  )
}
