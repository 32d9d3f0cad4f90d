import { Picker, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { Side } from '@contract/entities'
import type { HandBackReason, TopicDetail } from '@contract/forum'
import type { TopicEvent } from '@contract/forum/flow'
import { HAND_BACK_LABELS } from '@contract/forum/labels'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { SIDE_LABELS } from '@contract/labels'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Choices, Field } from '@/components/Field'
import { Tabs } from '@/components/Tabs'
import { useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { isoDay } from '@/utils/format'
import { AFTER_MOVE } from './invalidates'
import { TextBox } from './TextBox'

const SIDES: readonly Side[] = ['propertyCompany', 'ownersCommittee', 'community', 'partyBranch']
const HAND_BACKS: readonly HandBackReason[] = ['notOurs', 'needsInfo', 'needsOtherSide', 'beyondUs']

type Work = 'accept' | 'decline' | 'assign' | 'close' | 'progress' | 'reply' | 'handBack'
const LABELS: Record<Work, string> = {
  accept: '受理',
  decline: '不予受理',
  assign: '交办',
  close: '关闭',
  progress: '办理进展',
  reply: '正式答复',
  handBack: '退回',
}

/** Staff accept, decline, assign or close; the holding side's representative posts progress, answers or hands back. */
export function Handling({ topic, me }: { topic: TopicDetail; me: MeView }) {
  const staff = me.permissions.isStaff
  const offered = (Object.keys(LABELS) as Work[]).filter(
    (w) => topic.moves.includes(w as TopicEvent) && (w !== 'close' || staff),
  )
  const [chosen, setChosen] = useState<Work | null>(null)
  if (offered.length === 0) return null
  const work = chosen && offered.includes(chosen) ? chosen : offered[0]
  const side = me.member?.side
  return (
    <View className='card' data-testid='handling'>
      <View className='card__title'>{staff ? '驿站处理' : `${side ? SIDE_LABELS[side] : ''}代表处理`}</View>
      {offered.length > 1 ? (
        <Tabs<Work>
          tabs={offered.map((key) => ({ key, label: LABELS[key] }))}
          value={work}
          onChange={setChosen}
          testId='handling-tabs'
        />
      ) : null}
      <WorkForm work={work} topicId={topic.topicId} />
    </View>
  )
}

function WorkForm({ work, topicId }: { work: Work; topicId: string }) {
  switch (work) {
    case 'accept':
      return <Accept topicId={topicId} />
    case 'assign':
      return <Assign topicId={topicId} />
    case 'handBack':
      return <HandBack topicId={topicId} />
    default:
      return <Worded work={work} topicId={topicId} />
  }
}

function Accept({ topicId }: { topicId: string }) {
  const accept = useMutation('forum', 'acceptTopic', { invalidates: AFTER_MOVE })
  return (
    <View>
      <View className='text-s muted'>受理后再交给负责的一方办理。</View>
      <Btn
        className='btn btn--primary'
        onClick={async () => (await accept.run({ topicId })) && toastDone('已受理')}
        data-testid='accept'
      >
        受理
      </Btn>
      {accept.error ? <View className='danger text-s'>{accept.error.message}</View> : null}
    </View>
  )
}

/** Moves that are a text and a button: declining, closing, progress notes, the official reply. */
function Worded({ work, topicId }: { work: 'decline' | 'close' | 'progress' | 'reply'; topicId: string }) {
  const decline = useMutation('forum', 'declineTopic', { invalidates: AFTER_MOVE })
  const close = useMutation('forum', 'closeTopic', { invalidates: AFTER_MOVE })
  const progress = useMutation('forum', 'postProgress', { invalidates: AFTER_MOVE })
  const reply = useMutation('forum', 'answerTopic', { invalidates: AFTER_MOVE })
  const spec = {
    decline: {
      m: decline,
      label: '不予受理的原因',
      hint: '居民会看到这个原因',
      max: L.reasonMax,
      send: (t: string) => decline.run({ topicId, reason: t }),
    },
    close: {
      m: close,
      label: '关闭原因',
      hint: '比如：与另一议题重复',
      max: L.reasonMax,
      send: (t: string) => close.run({ topicId, reason: t }),
    },
    progress: {
      m: progress,
      label: '办理进展',
      hint: '做了什么、下一步是什么',
      max: L.noteMax,
      send: (t: string) => progress.run({ topicId, note: t }),
    },
    reply: {
      m: reply,
      label: '答复内容',
      hint: '怎么解决的，居民会看到并评价',
      max: L.officialReplyMax,
      send: (t: string) => reply.run({ topicId, text: t }),
    },
  }[work]
  return (
    <TextBox
      key={work}
      label={spec.label}
      placeholder={spec.hint}
      maxlength={spec.max}
      button={LABELS[work]}
      busy={spec.m.busy}
      error={spec.m.error?.message ?? null}
      testId={`work-${work}`}
      send={async (text) => {
        const done = await spec.send(text)
        if (done) toastDone('已提交')
        return !!done
      }}
    />
  )
}

function Assign({ topicId }: { topicId: string }) {
  const assign = useMutation('forum', 'assignTopic', {
    fields: ['side', 'dueDate', 'note'],
    invalidates: AFTER_MOVE,
  })
  const [side, setSide] = useState<Side | null>(null)
  const [dueDate, setDueDate] = useState(isoDay(dayjs().add(7, 'day')))
  const [tried, setTried] = useState(false)
  const send = async () => {
    setTried(true)
    if (!side) return
    if (await assign.run({ topicId, side, dueDate })) toastDone('已交办')
  }
  return (
    <View data-testid='work-assign'>
      <Field
        label='交给哪一方办理'
        error={(tried && !side ? '请选择承办方' : null) ?? assign.fieldError('side')}
        required
      >
        <Choices<Side>
          options={SIDES}
          labels={SIDE_LABELS}
          value={side}
          onChange={setSide}
          testId='assign-side'
        />
      </Field>
      <Field label='办结期限' error={assign.fieldError('dueDate')}>
        <Picker
          mode='date'
          value={dueDate}
          start={isoDay(dayjs())}
          onChange={(e) => setDueDate(e.detail.value)}
        >
          <View className='picker' data-testid='assign-due'>
            {dueDate}
          </View>
        </Picker>
      </Field>
      <Btn className='btn btn--primary' disabled={assign.busy} onClick={send} data-testid='assign-send'>
        {assign.busy ? '正在交办…' : '交办'}
      </Btn>
      {assign.formError ? <View className='danger text-s'>{assign.formError}</View> : null}
    </View>
  )
}

function HandBack({ topicId }: { topicId: string }) {
  const back = useMutation('forum', 'handBackTopic', { invalidates: AFTER_MOVE })
  const [code, setCode] = useState<HandBackReason | null>(null)
  const [tried, setTried] = useState(false)
  return (
    <TextBox
      label='具体原因'
      placeholder='说明为什么退回，驿站会重新交办'
      maxlength={L.reasonMax}
      button='退回驿站'
      busy={back.busy}
      error={back.error?.message ?? null}
      testId='work-handBack'
      send={async (reason) => {
        setTried(true)
        if (!code) return false
        return !!(await back.run({ topicId, reasonCode: code, reason }))
      }}
    >
      <Field label='退回原因' error={tried && !code ? '请选择退回原因' : null} required>
        <Choices<HandBackReason>
          options={HAND_BACKS}
          labels={HAND_BACK_LABELS}
          value={code}
          onChange={setCode}
          testId='handback-code'
        />
      </Field>
    </TextBox>
  )
}
