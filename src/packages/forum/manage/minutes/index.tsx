import { Input, Picker, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { Side } from '@contract/entities'
import type { SessionDetail } from '@contract/forum'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { SIDE_LABELS } from '@contract/labels'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { isoDay } from '@/utils/format'
import { CommitmentRow } from '../../components/CommitmentRow'
import { Missing } from '../../components/Missing'
import '../../forum.css'

const SIDES: readonly Side[] = ['partyBranch', 'ownersCommittee', 'propertyCompany', 'community']

interface Promise_ {
  text: string
  side: Side | null
  dueDate: string
}

/** After a session: its minutes (纪要) and each promise made there, with who answers for it and by when. */
export default function MinutesPage() {
  const sessionId = useRouter().params.id ?? ''
  return (
    <Screen testId='page-minutes'>
      <AccessGate allow={(p) => p.isStaff}>
        {() => (sessionId ? <Minutes sessionId={sessionId} /> : <Missing what='夜话会' />)}
      </AccessGate>
    </Screen>
  )
}

function Minutes({ sessionId }: { sessionId: string }) {
  const session = useQuery('forum', 'session', { sessionId })
  return (
    <Loadable state={session} onRetry={session.reload}>
      {(s) => <MinutesForm s={s} />}
    </Loadable>
  )
}

function MinutesForm({ s }: { s: SessionDetail }) {
  const record = useMutation('forum', 'recordMinutes', {
    invalidates: ['forum.session', 'forum.commitmentBoard', 'forum.listSessions'],
  })
  const [minutes, setMinutes] = useState(s.minutes)
  const [promises, setPromises] = useState<Promise_[]>([])
  const blank = (): Promise_ => ({ text: '', side: null, dueDate: isoDay(dayjs().add(30, 'day')) })
  const edit = (i: number, patch: Partial<Promise_>) =>
    setPromises(promises.map((p, j) => (j === i ? { ...p, ...patch } : p)))
  const complete = promises.filter((p) => p.text.trim() && p.side)

  const send = async () => {
    const done = await record.run({
      sessionId: s.sessionId,
      minutes: minutes.trim(),
      commitments: complete.map((p) => ({ text: p.text.trim(), side: p.side!, dueDate: p.dueDate })),
    })
    if (!done) return
    toastDone('已保存')
    Taro.navigateBack()
  }

  return (
    <View>
      <View className='card'>
        <View className='card__title'>{s.title}</View>
        <TextAreaField
          label='纪要'
          value={minutes}
          onChange={setMinutes}
          maxlength={L.minutesMax}
          placeholder='到会情况、讨论了什么、各方怎么说、定了什么'
          error={record.fieldError('minutes')}
          required
          testId='minutes-text'
        />
      </View>
      {s.commitments.length ? (
        <View className='card'>
          <View className='card__title'>已记录的承诺事项</View>
          {s.commitments.map((c) => (
            <CommitmentRow key={c.commitmentId} c={c} />
          ))}
        </View>
      ) : null}
      <View className='card'>
        <View className='card__title'>新增承诺事项</View>
        <View className='text-s muted'>每一项会在公示栏里一直显示，直到负责的一方办完。</View>
        {promises.map((p, i) => (
          <View key={i} className='reply' data-testid='new-commitment'>
            <Field label={`第${i + 1}项`} error={record.fieldErrorUnder(`commitments.${i}`)}>
              <Input
                className='input'
                value={p.text}
                maxlength={L.commitmentMax}
                placeholder='承诺做什么'
                onInput={(e) => edit(i, { text: e.detail.value })}
              />
            </Field>
            <Choices<Side>
              options={SIDES}
              labels={SIDE_LABELS}
              value={p.side}
              onChange={(side) => edit(i, { side })}
            />
            <Picker
              mode='date'
              value={p.dueDate}
              start={isoDay(dayjs())}
              onChange={(e) => edit(i, { dueDate: e.detail.value })}
            >
              <View className='picker'>期限 {p.dueDate}</View>
            </Picker>
          </View>
        ))}
        {promises.length < L.commitmentsMax ? (
          <Btn
            className='btn btn--ghost'
            onClick={() => setPromises([...promises, blank()])}
            data-testid='add-commitment'
          >
            ＋ 添加一项
          </Btn>
        ) : null}
      </View>
      {record.formError ? <View className='banner banner--red'>{record.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={record.busy || !minutes.trim()}
        onClick={send}
        data-testid='minutes-send'
      >
        {record.busy ? '正在保存…' : `保存纪要${complete.length ? `和${complete.length}项承诺` : ''}`}
      </Btn>
    </View>
  )
}
