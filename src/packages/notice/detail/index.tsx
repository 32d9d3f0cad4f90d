import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import type { NoticeView } from '@contract/notice'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { ErrorView, Loading } from '@/components/StateViews'
import { canRetry } from '@/data'
import { go, goHome } from '@/platform/nav'
import { dateTime, shortDate } from '@/utils/format'
import { NoticeTags } from '../components/NoticeTags'
import { GroupCard } from './GroupCard'
import { useNoticeOpen } from './useNoticeOpen'
import '../components/notice.css'

/**
 * A notice, opened from my list, a WeChat message, or a card shared into a group chat (which
 * carries the station and the notice, so even someone who has never used the app lands here).
 * Opening it is what counts me as read. Shared from here, the card keeps the group's identity
 * (`withShareTicket`); opened inside a building group, a building head may bind the group.
 */
export default function NoticeDetail() {
  const params = useRouter().params as Record<string, string | undefined>
  const { view, cloudID, error, retry } = useNoticeOpen(params)

  useShareAppMessage(() =>
    view
      ? {
          title: view.share.title,
          path: view.share.path,
          ...(view.share.imageUrl ? { imageUrl: view.share.imageUrl } : {}),
        }
      : { title: '驿站通知', path: '/pages/entry/index' },
  )

  if (error) {
    return (
      <Screen testId='page-notice'>
        <ErrorView error={error} onRetry={canRetry(error) ? retry : undefined} onHome={goHome} />
      </Screen>
    )
  }
  if (!view) {
    return (
      <Screen testId='page-notice'>
        <Loading text='正在打开通知…' />
      </Screen>
    )
  }
  return (
    <Screen testId='page-notice'>
      <NoticeBody view={view} />
      <ReadLine view={view} />
      {view.group ? <GroupCard group={view.group} cloudID={cloudID} /> : null}
      {view.canManage ? (
        <Btn
          className='btn btn--plain'
          onClick={() => go(`/packages/notice/manage/receipts/index?id=${view.noticeId}`)}
          data-testid='open-receipts'
        >
          谁已读、谁未读
        </Btn>
      ) : null}
      {process.env.TARO_ENV === 'weapp' && !view.withdrawn ? (
        <Btn className='btn btn--ghost' openType='share' data-testid='share-notice'>
          转发到楼栋群
        </Btn>
      ) : null}
      {LOCAL_CLOUD && process.env.TARO_ENV === 'h5' ? (
        <View className='text-xs muted' data-testid='share-path'>
          本地演示 · 群聊卡片打开的路径：{view.share.path}
        </View>
      ) : null}
    </Screen>
  )
}

function NoticeBody({ view }: { view: NoticeView }) {
  return (
    <View className='card' data-testid='notice-body'>
      <NoticeTags
        category={view.category}
        urgency={view.urgency}
        pinned={view.pinned}
        expired={view.expired}
        withdrawn={view.withdrawn}
      />
      <View className='title-l' data-testid='notice-title'>
        {view.title}
      </View>
      <View className='notice-meta'>
        {view.authorTitle} {view.authorName} · {dateTime(view.createdAt)}
      </View>
      <View className='notice-meta'>
        发给{view.targetLabel}
        {view.expiresAt ? ` · 有效期至${shortDate(view.expiresAt)}` : ''}
      </View>
      <Text className='notice-body' userSelect>
        {view.body}
      </Text>
      {view.images.map((url) => (
        <Image
          key={url}
          className='notice-image'
          src={url}
          mode='widthFix'
          onClick={() => Taro.previewImage({ current: url, urls: view.images })}
        />
      ))}
    </View>
  )
}

/** Whether this open counted, and for a guest the way to make it count: register. */
function ReadLine({ view }: { view: NoticeView }) {
  const { readState } = view
  if (readState.counted) {
    return (
      <View className='notice-read ok' data-testid='read-state'>
        ✓ 已读{readState.at ? ` · ${dateTime(readState.at)}` : ''}
        {readState.byName ? `（由${readState.byName}代读）` : ''}
      </View>
    )
  }
  if (!readState.note) return null
  return (
    <View className='banner banner--info' data-testid='read-state'>
      <View>{readState.note}</View>
      {view.viewer === 'guest' ? (
        <Btn
          className='btn btn--primary'
          onClick={() => go('/packages/station/register/index')}
          data-testid='go-register'
        >
          登记我的房屋
        </Btn>
      ) : null}
    </View>
  )
}
