import { View } from '@tarojs/components'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'

// The forum subpackage's pages (the main package links to them, never imports them).
const FORUM = '/packages/forum'

/**
 * 邻里夜话 on the station home: the year's figures in one line, the way in, and — for staff and the
 * sides' representatives — what waits for them.
 */
export function ForumCard({ me }: { me: MeView }) {
  const handler = me.permissions.isStaff || me.roles.includes('sideRep')
  const figures = useQuery('forum', 'figures', {}, { forPrincipal: true })
  const counts = useQuery('forum', 'queueCounts', {}, { enabled: handler })
  const total = figures.data?.total
  const waiting = counts.data ? counts.data.submitted + counts.data.accepted + counts.data.withSides : 0
  return (
    <View className='card' data-testid='home-forum'>
      <View className='card__title'>邻里夜话</View>
      <View className='text-s muted'>有事说出来：党支部、业委会、物业、社区一起办，办得怎样大家评。</View>
      {total ? (
        <View className='text-s for-you__line' data-testid='home-forum-figures'>
          今年收集 {total.collected} 条，已解决 {total.resolved} 条
          {total.ratings ? `，满意度 ${total.satisfaction}` : ''}
        </View>
      ) : null}
      <Btn className='btn btn--primary' onClick={() => go(`${FORUM}/index/index`)} data-testid='go-forum'>
        看看大家提的议题
      </Btn>
      <Btn className='btn btn--plain' onClick={() => go(`${FORUM}/raise/index`)} data-testid='home-raise'>
        我要提议题
      </Btn>
      {handler ? (
        <Btn
          className='btn btn--ghost'
          onClick={() => go(`${FORUM}/manage/queue/index`)}
          data-testid='home-forum-queue'
        >
          议题办理{waiting ? `（${waiting}件待办）` : ''}
        </Btn>
      ) : null}
    </View>
  )
}
