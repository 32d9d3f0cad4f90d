import { Text, View } from '@tarojs/components'
import type { NoticeCategory, NoticeUrgency } from '@contract/notice'
import { NOTICE_CATEGORY_LABELS, NOTICE_URGENCY_LABELS } from '@contract/notice/labels'

interface Props {
  category: NoticeCategory
  urgency: NoticeUrgency
  pinned?: boolean
  expired?: boolean
  withdrawn?: boolean
}

/** 置顶 · 紧急 · 停水停电: what kind of notice it is, before its title. */
export function NoticeTags({ category, urgency, pinned, expired, withdrawn }: Props) {
  return (
    <View data-testid='notice-tags'>
      {withdrawn ? <Text className='tag tag--grey'>已撤回</Text> : null}
      {expired ? <Text className='tag tag--grey'>已过期</Text> : null}
      {pinned ? <Text className='tag'>置顶</Text> : null}
      {urgency !== 'normal' ? (
        <Text className={urgency === 'urgent' ? 'tag' : 'tag tag--warn'}>
          {NOTICE_URGENCY_LABELS[urgency]}
        </Text>
      ) : null}
      <Text className='tag tag--grey'>{NOTICE_CATEGORY_LABELS[category]}</Text>
    </View>
  )
}
