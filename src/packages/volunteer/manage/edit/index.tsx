import { Picker, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ActivityDetail } from '@contract/volunteer'
import type { MeView } from '@contract/station'
import { ACTIVITY_CATEGORIES, CATEGORY_LABELS } from '@contract/volunteer/labels'
import { VOLUNTEER_LIMITS } from '@contract/limits'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useForm, useMutation, useQuery } from '@/data'
import type { Form } from '@/data'
import { toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import { canOrganise } from '../access'
import { blankDraft, check, draftOf, toInput } from './draft'
import type { Draft } from './draft'
import { GeofenceField } from './GeofenceField'

/** 发起活动 / 修改活动: one form for a new draft or an activity not yet started. */
export default function EditActivity() {
  const id = useRouter().params.id
  return (
    <Screen testId='page-edit-activity'>
      <AccessGate allow={canOrganise} deniedText='只有驿站工作人员和活动组织者可以发起活动'>
        {(me) => (id ? <Existing id={id} me={me} /> : <ActivityForm me={me} />)}
      </AccessGate>
    </Screen>
  )
}

function Existing({ id, me }: { id: string; me: MeView }) {
  const detail = useQuery('volunteer', 'getActivity', { activityId: id })
  return <Loadable state={detail}>{(a) => <ActivityForm me={me} existing={a} />}</Loadable>
}

function ActivityForm({ me, existing }: { me: MeView; existing?: ActivityDetail }) {
  const teams = useQuery('volunteer', 'listTeams', {})
  const mine = me.permissions.isStaff ? null : (me.member?.organiserOf ?? [])
  const choosable = (teams.data?.items ?? []).filter((t) => mine === null || mine.includes(t.teamId))
  const save = useMutation('volunteer', 'saveActivity', {
    invalidates: ['volunteer.managedActivities', 'volunteer.listActivities', 'volunteer.getActivity'],
  })
  const form = useForm<Draft>(() => (existing ? draftOf(existing) : blankDraft(choosable[0]?.teamId)), {
    mutations: [save],
    check,
  })
  const d = form.draft
  const submit = () =>
    form.submit(async (draft) => {
      const saved = await save.run(toInput(draft, existing?.activityId))
      if (!saved) return null
      toastDone(existing ? '已保存' : '已存草稿')
      await go(`/packages/volunteer/activity/index?id=${saved.activityId}`)
      return saved
    })
  return (
    <View className='card' data-testid='activity-form'>
      <TextField
        label='活动名称'
        required
        value={d.title}
        onChange={(title) => form.set({ title })}
        maxlength={VOLUNTEER_LIMITS.titleMax}
        error={form.error('title')}
        testId='activity-title-input'
      />
      <Field label='类别' required error={form.error('category')}>
        <Choices
          options={ACTIVITY_CATEGORIES}
          labels={CATEGORY_LABELS}
          value={d.category}
          onChange={(category) => form.set({ category })}
          testId='pick-category'
        />
      </Field>
      <Field label='志愿服务队' required error={form.error('teamId')}>
        <Choices
          options={choosable.map((t) => t.teamId)}
          labels={Object.fromEntries(choosable.map((t) => [t.teamId, t.name]))}
          value={d.teamId || null}
          onChange={(teamId) => form.set({ teamId })}
          testId='pick-team'
        />
      </Field>
      <TextField
        label='地点'
        required
        value={d.place}
        onChange={(place) => form.set({ place })}
        maxlength={60}
        error={form.error('place')}
        testId='activity-place-input'
      />
      <When form={form} />
      <TextField
        label='名额'
        required
        type='number'
        value={d.capacity}
        onChange={(capacity) => form.set({ capacity })}
        maxlength={4}
        error={form.error('capacity')}
        testId='activity-capacity-input'
      />
      <Points form={form} />
      <GeofenceField value={d.geofence} onChange={(geofence) => form.set({ geofence })} />
      <TextAreaField
        label='活动介绍'
        value={d.description}
        onChange={(description) => form.set({ description })}
        maxlength={VOLUNTEER_LIMITS.descriptionMax}
        error={form.error('description')}
      />
      {form.formError ? <View className='banner banner--warn'>{form.formError}</View> : null}
      <Btn className='btn btn--primary' onClick={submit} data-testid='save-activity'>
        {form.busy ? '正在保存…' : existing ? '保存修改' : '存为草稿'}
      </Btn>
    </View>
  )
}

function When({ form }: { form: Form<Draft> }) {
  const d = form.draft
  return (
    <View>
      <Field label='日期' required error={form.error('startAt')}>
        <Picker mode='date' value={d.day} onChange={(e) => form.set({ day: e.detail.value })}>
          <View className='picker' data-testid='pick-day'>
            {shortDate(d.day)}
          </View>
        </Picker>
      </Field>
      <Field label='时间' required error={form.error('endAt')}>
        <View className='row'>
          <Picker mode='time' value={d.start} onChange={(e) => form.set({ start: e.detail.value })}>
            <View className='picker' data-testid='pick-start'>
              {d.start}
            </View>
          </Picker>
          <View>至</View>
          <Picker mode='time' value={d.end} onChange={(e) => form.set({ end: e.detail.value })}>
            <View className='picker' data-testid='pick-end'>
              {d.end}
            </View>
          </Picker>
        </View>
      </Field>
      <Field label='报名截止' required error={form.error('signupDeadline')}>
        <View className='row'>
          <Picker
            mode='date'
            value={d.deadlineDay}
            end={d.day}
            onChange={(e) => form.set({ deadlineDay: e.detail.value })}
          >
            <View className='picker'>{shortDate(d.deadlineDay)}</View>
          </Picker>
          <Picker mode='time' value={d.deadline} onChange={(e) => form.set({ deadline: e.detail.value })}>
            <View className='picker'>{d.deadline}</View>
          </Picker>
        </View>
      </Field>
    </View>
  )
}

const MODES = ['fixed', 'perHour'] as const
const MODE_LABELS = { fixed: '每次固定积分', perHour: '按小时计分' }

function Points({ form }: { form: Form<Draft> }) {
  const d = form.draft
  return (
    <View>
      <Field label='积分规则' required>
        <Choices
          options={MODES}
          labels={MODE_LABELS}
          value={d.mode}
          onChange={(mode) => form.set({ mode })}
          testId='pick-mode'
        />
      </Field>
      <TextField
        label={d.mode === 'fixed' ? '每次积分' : '每小时积分'}
        type='number'
        value={d.amount}
        onChange={(amount) => form.set({ amount })}
        maxlength={4}
        error={form.error('points.amount')}
        testId='points-amount-input'
      />
      {d.mode === 'perHour' ? (
        <TextField
          label='每次最多'
          type='number'
          value={d.cap}
          onChange={(cap) => form.set({ cap })}
          maxlength={4}
          error={form.error('points.cap')}
        />
      ) : null}
    </View>
  )
}
