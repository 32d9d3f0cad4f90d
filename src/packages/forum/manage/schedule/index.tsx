import { Input, Picker, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import type { Side } from '@contract/entities'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { SIDE_LABELS } from '@contract/labels'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Field, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import type { Problems } from '@/data'
import { useForm, useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { isoDay } from '@/utils/format'
import { CheckLine } from '../../components/CheckLine'
import { FORUM } from '../../components/paths'
import '../../forum.css'

const SIDES: readonly Side[] = ['partyBranch', 'ownersCommittee', 'propertyCompany', 'community']

interface Draft {
  title: string
  date: string
  start: string
  end: string
  place: string
  hosts: Record<Side, string>
  topicIds: string[]
}

const check = (d: Draft): Problems => ({
  title: d.title.trim() ? undefined : '请填写主题',
  place: d.place.trim() ? undefined : '请填写地点',
  end: d.end > d.start ? undefined : '结束时间应晚于开始时间',
  hosts: SIDES.some((s) => d.hosts[s].trim()) ? undefined : '至少请一方主持',
})

/** 安排夜话会: when and where, who hosts for each side, and the topics to talk about (most supported first). */
export default function SchedulePage() {
  return (
    <Screen testId='page-schedule'>
      <AccessGate allow={(p) => p.isStaff}>{() => <ScheduleForm />}</AccessGate>
    </Screen>
  )
}

function ScheduleForm() {
  const station = useQuery('station', 'get', {})
  const open = useQuery('forum', 'listTopics', { sort: 'unresolved', limit: 50 })
  const schedule = useMutation('forum', 'scheduleSession', {
    fields: ['title', 'date', 'start', 'end', 'place', 'hosts', 'topicIds'],
    invalidates: ['forum.listSessions'],
  })
  const team = station.data?.team ?? []
  const form = useForm<Draft>(
    () => ({
      title: `${dayjs().add(7, 'day').month() + 1}月邻里夜话会`,
      date: isoDay(dayjs().add(7, 'day')),
      start: '19:30',
      end: '21:00',
      place: '驿站议事厅',
      hosts: { partyBranch: '', ownersCommittee: '', propertyCompany: '', community: '' },
      topicIds: [],
    }),
    { check, mutations: [schedule] },
  )
  const d = form.draft
  const hostName = (s: Side) => d.hosts[s] || team.find((t) => t.side === s)?.name || ''
  const toggle = (id: string) =>
    form.set({ topicIds: d.topicIds.includes(id) ? d.topicIds.filter((x) => x !== id) : [...d.topicIds, id] })

  const send = async () => {
    const session = await form.submit((x) =>
      schedule.run({
        title: x.title.trim(),
        date: x.date,
        start: x.start,
        end: x.end,
        place: x.place.trim(),
        hosts: SIDES.map((side) => ({ side, name: hostName(side).trim() })).filter((h) => h.name),
        topicIds: x.topicIds,
      }),
    )
    if (!session) return
    toastDone('已安排')
    Taro.redirectTo({ url: FORUM.session(session.sessionId) })
  }

  return (
    <View>
      <View className='card'>
        <TextField
          label='主题'
          value={d.title}
          onChange={(title) => form.set({ title })}
          maxlength={L.sessionTitleMax}
          error={form.error('title')}
          required
          testId='schedule-title'
        />
        <Field label='日期' error={form.error('date')}>
          <Picker
            mode='date'
            value={d.date}
            start={isoDay(dayjs())}
            onChange={(e) => form.set({ date: e.detail.value })}
          >
            <View className='picker'>{d.date}</View>
          </Picker>
        </Field>
        <View className='forum-actions'>
          <Field label='开始' error={form.error('start')}>
            <Picker mode='time' value={d.start} onChange={(e) => form.set({ start: e.detail.value })}>
              <View className='picker'>{d.start}</View>
            </Picker>
          </Field>
          <Field label='结束' error={form.error('end')}>
            <Picker mode='time' value={d.end} onChange={(e) => form.set({ end: e.detail.value })}>
              <View className='picker'>{d.end}</View>
            </Picker>
          </Field>
        </View>
        <TextField
          label='地点'
          value={d.place}
          onChange={(place) => form.set({ place })}
          maxlength={L.placeMax}
          error={form.error('place')}
          required
        />
        <Field label='主持（各方出席的人，不来的一方留空）' error={form.error('hosts')}>
          {SIDES.map((side) => (
            <View key={side} className='forum-search'>
              <View className='figure-row__name'>{SIDE_LABELS[side]}</View>
              <Input
                className='input'
                value={hostName(side)}
                maxlength={20}
                onInput={(e) => form.set({ hosts: { ...d.hosts, [side]: e.detail.value } })}
              />
            </View>
          ))}
        </Field>
      </View>
      <View className='card'>
        <View className='card__title'>议程（选出要讨论的议题）</View>
        <View className='text-s muted'>按支持人数从多到少排列，已选 {d.topicIds.length} 个</View>
        {(open.data?.items ?? [])
          .slice()
          .sort((a, b) => b.supportCount - a.supportCount)
          .map((t) => (
            <CheckLine
              key={t.topicId}
              checked={d.topicIds.includes(t.topicId)}
              onChange={() => toggle(t.topicId)}
              title={t.title}
              note={`${t.supportCount}人支持 · ${t.buildingName}`}
            />
          ))}
      </View>
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      <Btn className='btn btn--primary' disabled={form.busy} onClick={send} data-testid='schedule-send'>
        {form.busy ? '正在安排…' : '安排夜话会'}
      </Btn>
    </View>
  )
}
