import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TopicDetail } from '@contract/forum'
import { SCORE_LABELS } from '@contract/forum/labels'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { Btn } from '@/components/Btn'
import { TextAreaField } from '@/components/Field'
import { useMutation } from '@/data'
import { toast, toastDone } from '@/platform/feedback'
import { Stars } from '../components/Stars'
import { AFTER_MOVE } from './invalidates'
import { TextBox } from './TextBox'

/**
 * What a resident can do with a topic: support it; as its author confirm, rate, reopen or withdraw
 * it; as a supporter rate the result. Only what `topic.moves` allows is offered.
 */
export function Moves({ topic }: { topic: TopicDetail }) {
  const can = (move: string) => topic.moves.includes(move as never)
  const rating = can('rate')
  return (
    <View>
      <Support topic={topic} />
      {can('confirm') ? <Confirm topicId={topic.topicId} /> : null}
      {rating ? <Rate topic={topic} /> : null}
      {can('reopen') ? <Reopen topicId={topic.topicId} /> : null}
      {can('close') && topic.mine ? <Withdraw topicId={topic.topicId} /> : null}
    </View>
  )
}

function Support({ topic }: { topic: TopicDetail }) {
  const support = useMutation('forum', 'supportTopic', { forPrincipal: true, invalidates: AFTER_MOVE })
  const withdraw = useMutation('forum', 'withdrawSupport', { forPrincipal: true, invalidates: AFTER_MOVE })
  if (topic.mine || (!topic.canSupport && !topic.supported)) return null
  const error = support.error ?? withdraw.error
  return (
    <View className='card'>
      {topic.supported ? (
        <Btn
          className='btn btn--ghost'
          onClick={() => withdraw.run({ topicId: topic.topicId })}
          data-testid='withdraw-support'
        >
          已支持（{topic.supportCount}），点此取消
        </Btn>
      ) : (
        <Btn
          className='btn btn--primary'
          onClick={async () => (await support.run({ topicId: topic.topicId })) && toastDone('已支持')}
          data-testid='support'
        >
          我也遇到了，支持一下（{topic.supportCount}）
        </Btn>
      )}
      {error ? <View className='danger text-s'>{error.message}</View> : null}
    </View>
  )
}

function Confirm({ topicId }: { topicId: string }) {
  const confirm = useMutation('forum', 'confirmResolved', { forPrincipal: true, invalidates: AFTER_MOVE })
  return (
    <View className='card'>
      <View className='muted text-s'>看了答复，问题解决了吗？解决了请点确认，再给个评价。</View>
      <Btn
        className='btn btn--plain'
        onClick={async () => (await confirm.run({ topicId })) && toastDone('已确认')}
        data-testid='confirm-resolved'
      >
        问题已解决
      </Btn>
      {confirm.error ? <View className='danger text-s'>{confirm.error.message}</View> : null}
    </View>
  )
}

function Rate({ topic }: { topic: TopicDetail }) {
  const [editing, setEditing] = useState(false)
  const mine = topic.myRating
  if (mine && !editing)
    return (
      <View className='card' data-testid='my-rating'>
        <View className='text-s'>
          您的评价：{'★'.repeat(mine.score)}（{SCORE_LABELS[mine.score]}）
          {mine.comment ? ` ${mine.comment}` : ''}
        </View>
        <Btn className='btn btn--ghost btn--small' onClick={() => setEditing(true)} data-testid='edit-rating'>
          修改评价
        </Btn>
      </View>
    )
  return <RateForm topic={topic} onDone={() => setEditing(false)} />
}

function RateForm({ topic, onDone }: { topic: TopicDetail; onDone(): void }) {
  const rate = useMutation('forum', 'rateTopic', {
    forPrincipal: true,
    fields: ['score', 'comment'],
    invalidates: AFTER_MOVE,
  })
  const [score, setScore] = useState(topic.myRating?.score ?? 0)
  const [comment, setComment] = useState(topic.myRating?.comment ?? '')
  const [tried, setTried] = useState(false)
  const send = async () => {
    setTried(true)
    if (!score) return
    const res = await rate.run({ topicId: topic.topicId, score, comment: comment.trim() || undefined })
    if (!res) return
    onDone()
    if (res.reopened) toast('已转站长督办，会重新办理')
    else toastDone('已评价')
  }
  return (
    <View className='card' data-testid='rate'>
      <View className='card__title'>
        {topic.mine ? '评价处理结果' : '您支持过这个议题，评价一下处理结果'}
      </View>
      <Stars value={score} onChange={setScore} />
      {tried && !score ? <View className='danger text-s'>请点星星打分</View> : null}
      <TextAreaField
        label='说几句（可不填）'
        value={comment}
        onChange={setComment}
        maxlength={L.commentMax}
        placeholder='满意在哪里，哪里还不够'
        error={rate.fieldError('comment')}
        testId='rate-comment'
      />
      {topic.mine ? <View className='text-xs muted'>打2星及以下会重新办理，并转站长督办。</View> : null}
      <Btn className='btn btn--primary' disabled={rate.busy} onClick={send} data-testid='rate-send'>
        {rate.busy ? '正在提交…' : '提交评价'}
      </Btn>
      {rate.formError ? <View className='danger text-s'>{rate.formError}</View> : null}
    </View>
  )
}

function Reopen({ topicId }: { topicId: string }) {
  const reopen = useMutation('forum', 'reopenTopic', {
    forPrincipal: true,
    fields: ['reason'],
    invalidates: AFTER_MOVE,
  })
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <Btn className='btn btn--ghost' onClick={() => setOpen(true)} data-testid='open-reopen'>
        问题又出现了？重新打开
      </Btn>
    )
  return (
    <View className='card'>
      <TextBox
        label='还有什么没解决'
        placeholder='说说哪里还有问题'
        maxlength={L.reasonMax}
        button='重新打开议题'
        busy={reopen.busy}
        error={reopen.error?.message ?? null}
        testId='reopen'
        send={async (reason) => !!(await reopen.run({ topicId, reason }))}
      />
    </View>
  )
}

function Withdraw({ topicId }: { topicId: string }) {
  const close = useMutation('forum', 'closeTopic', { forPrincipal: true, invalidates: AFTER_MOVE })
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <Btn className='btn btn--ghost' onClick={() => setOpen(true)} data-testid='open-withdraw'>
        撤回这个议题
      </Btn>
    )
  return (
    <View className='card'>
      <TextBox
        label='撤回原因'
        placeholder='比如：已经自己解决了'
        maxlength={L.reasonMax}
        button='撤回'
        busy={close.busy}
        error={close.error?.message ?? null}
        testId='withdraw'
        send={async (reason) => !!(await close.run({ topicId, reason }))}
      />
    </View>
  )
}
