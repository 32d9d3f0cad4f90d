import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ReportRow } from '@contract/forum'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { useMutation, usePagedQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import { FORUM } from '../../components/paths'
import { TextBox } from '../../topic/TextBox'
import '../../forum.css'

/** 举报处理: reported topics and replies, most reported first, then what is hidden; hide or keep, with a reason. */
export default function ModerationPage() {
  return (
    <Screen testId='page-moderation'>
      <AccessGate allow={(p) => p.isStaff}>{() => <Queue />}</AccessGate>
    </Screen>
  )
}

function Queue() {
  const list = usePagedQuery('forum', 'reportQueue', {})
  return (
    <PagedList
      list={list}
      testId='report-list'
      keyOf={(r) => r.targetId}
      emptyTitle='没有待处理的举报'
      renderItem={(r) => <Row row={r} />}
    />
  )
}

const AFTER = [
  'forum.reportQueue',
  'forum.queueCounts',
  'forum.topic',
  'forum.replies',
  'forum.listTopics',
] as const

function Row({ row }: { row: ReportRow }) {
  return (
    <View className='card' data-testid='report-row'>
      <View>
        <Text className={`tag${row.hidden ? ' tag--grey' : ''}`}>
          {row.hidden ? '已隐藏' : `被举报 ${row.reportsOpen} 次`}
        </Text>
        <Text className='tag tag--grey'>{row.targetType === 'topic' ? '议题' : '回复'}</Text>
      </View>
      <View className='title-l' onClick={() => go(FORUM.topic(row.topicId))}>
        {row.title}
      </View>
      <View className='text-s'>{row.excerpt}</View>
      <View className='text-xs muted'>
        {row.authorName} · {shortDate(row.createdAt)}
      </View>
      {row.reasons.length ? <View className='text-s'>举报原因：{row.reasons.join('；')}</View> : null}
      {row.hidden ? <View className='text-s muted'>隐藏原因：{row.hiddenReason}</View> : null}
      <Decide row={row} />
    </View>
  )
}

/** Hide it, or keep it up (restore a hidden one), always with a reason. */
function Decide({ row }: { row: ReportRow }) {
  const hide = useMutation('forum', 'hideContent', { invalidates: AFTER })
  const restore = useMutation('forum', 'restoreContent', { invalidates: AFTER })
  const [doing, setDoing] = useState<'hide' | 'restore' | null>(null)
  const keep = row.hidden ? '恢复显示' : '保留'
  if (!doing)
    return (
      <View className='forum-actions'>
        {!row.hidden ? (
          <Btn className='btn btn--plain' onClick={() => setDoing('hide')} data-testid='hide'>
            隐藏
          </Btn>
        ) : null}
        <Btn className='btn btn--plain' onClick={() => setDoing('restore')} data-testid='restore'>
          {keep}
        </Btn>
      </View>
    )
  const m = doing === 'hide' ? hide : restore
  return (
    <TextBox
      label={doing === 'hide' ? '隐藏原因' : `${keep}的原因`}
      placeholder={doing === 'hide' ? '会告诉提出人' : '比如：反映的是真实情况'}
      maxlength={L.reasonMax}
      button={doing === 'hide' ? '隐藏' : keep}
      busy={m.busy}
      error={m.error?.message ?? null}
      testId={`moderate-${doing}`}
      send={async (reason) => {
        const done = await m.run({ targetType: row.targetType, targetId: row.targetId, reason })
        if (done) toastDone('已处理')
        return !!done
      }}
    />
  )
}
