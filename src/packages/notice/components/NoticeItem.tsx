import { Text, View } from '@tarojs/components'
import type { NoticeCard } from '@contract/notice'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import { NoticeTags } from './NoticeTags'

export const DETAIL = '/packages/notice/detail/index'

/** One notice in my list: unread ones in bold with a red dot. */
export function NoticeItem({ notice }: { notice: NoticeCard }) {
  return (
    <View
      className={`card notice-card${notice.read ? '' : ' notice-card--unread'}`}
      onClick={() => go(`${DETAIL}?id=${notice.noticeId}`)}
      data-testid={`notice-${notice.noticeId}`}
    >
      <NoticeTags category={notice.category} urgency={notice.urgency} pinned={notice.pinned} />
      <View className='notice-card__title'>
        {notice.read ? null : <Text className='notice-card__dot' data-testid='unread-dot' />}
        {notice.title}
      </View>
      <View className='notice-card__excerpt'>{notice.excerpt}</View>
      <View className='notice-meta'>
        {notice.authorTitle} {notice.authorName} · {shortDate(notice.createdAt)} · 发给{notice.targetLabel}
        {notice.read ? ' · 已读' : ''}
      </View>
    </View>
  )
}
