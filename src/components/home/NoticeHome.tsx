import { Text, View } from '@tarojs/components'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'

const LIST = '/packages/notice/list/index'
const DETAIL = '/packages/notice/detail/index'

/**
 * The newest notices for my building on the station home (pinned first, then the ones I have
 * not read), and the way to all of them. Nothing shows while there are none.
 */
export function NoticeHome() {
  const notices = useQuery('notice', 'list', { limit: 3 }, { forPrincipal: true })
  const data = notices.data
  if (!data || data.total === 0) return null
  return (
    <View className='card' data-testid='home-notices'>
      <View className='card__title'>
        驿站通知
        {data.unread ? (
          <Text className='tag tag--inline' data-testid='home-unread'>
            {data.unread} 条未读
          </Text>
        ) : null}
      </View>
      {data.items.map((n) => (
        <View
          key={n.noticeId}
          className='row home-notice'
          onClick={() => go(`${DETAIL}?id=${n.noticeId}`)}
          data-testid={`home-notice-${n.noticeId}`}
        >
          <View className='home-notice__text'>
            <View className={n.read ? '' : 'home-notice__unread'}>
              {n.pinned ? '【置顶】' : ''}
              {n.title}
            </View>
            <View className='text-s muted'>
              {n.authorTitle} {n.authorName} · {shortDate(n.createdAt)}
              {n.read ? '' : ' · 未读'}
            </View>
          </View>
        </View>
      ))}
      <View className='link-line' onClick={() => go(LIST)} data-testid='home-all-notices'>
        全部通知（{data.total}）›
      </View>
    </View>
  )
}
