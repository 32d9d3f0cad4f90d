import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ReplyView, TopicDetail } from '@contract/forum'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { useMutation, usePagedQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { dateTime } from '@/utils/format'
import { AFTER_MOVE } from './invalidates'
import { TextBox } from './TextBox'

/** Neighbours' replies, oldest first, a box to add one, and a way to report what should not be here. */
export function Discussion({ topic }: { topic: TopicDetail }) {
  const replies = usePagedQuery('forum', 'replies', { topicId: topic.topicId })
  const reply = useMutation('forum', 'replyTopic', {
    forPrincipal: true,
    fields: ['body'],
    invalidates: AFTER_MOVE,
  })
  return (
    <View className='card' data-testid='discussion'>
      <View className='card__title'>大家的意见</View>
      <PagedList
        list={replies}
        testId='replies'
        keyOf={(r) => r.replyId}
        emptyTitle='还没有人回复'
        autoLoad={false}
        renderItem={(r) => <Reply reply={r} />}
      />
      {topic.canReply ? (
        <TextBox
          label='我来说两句'
          placeholder='补充情况或提建议，请文明发言'
          maxlength={L.replyMax}
          button='发表回复'
          busy={reply.busy}
          error={reply.error?.message ?? null}
          testId='reply'
          send={async (body) => {
            const done = await reply.run({ topicId: topic.topicId, body })
            if (done) toastDone('已回复')
            return !!done
          }}
        />
      ) : null}
      {topic.canReport ? <Report targetType='topic' targetId={topic.topicId} label='举报这个议题' /> : null}
    </View>
  )
}

function Reply({ reply }: { reply: ReplyView }) {
  return (
    <View className='reply' data-testid='reply-item'>
      <View className='reply__who'>
        {reply.who}
        <Text className='reply__when'>{dateTime(reply.createdAt)}</Text>
        {reply.hidden ? <Text className='tag tag--grey tag--inline'>已隐藏</Text> : null}
      </View>
      <View>{reply.body}</View>
      {reply.hidden && reply.hiddenReason ? (
        <View className='text-xs muted'>隐藏原因：{reply.hiddenReason}</View>
      ) : null}
      {!reply.mine && !reply.hidden ? (
        <Report targetType='reply' targetId={reply.replyId} label='举报' small />
      ) : null}
    </View>
  )
}

function Report({
  targetType,
  targetId,
  label,
  small,
}: {
  targetType: 'topic' | 'reply'
  targetId: string
  label: string
  small?: boolean
}) {
  const report = useMutation('forum', 'reportContent', { fields: ['reason'] })
  const [open, setOpen] = useState(false)
  const [sent, setSent] = useState(false)
  if (sent) return <View className='text-xs muted'>已举报，驿站工作人员会尽快查看</View>
  if (!open)
    return (
      <Btn
        className={`btn btn--ghost${small ? ' btn--small' : ''}`}
        onClick={() => setOpen(true)}
        data-testid={`report-${targetType}`}
      >
        {label}
      </Btn>
    )
  return (
    <TextBox
      label='举报原因'
      placeholder='比如：辱骂他人、泄露隐私、广告'
      maxlength={L.reasonMax}
      button='提交举报'
      busy={report.busy}
      error={report.error?.message ?? null}
      testId={`report-${targetType}-form`}
      send={async (reason) => {
        const done = await report.run({ targetType, targetId, reason })
        if (done) setSent(true)
        return !!done
      }}
    />
  )
}
