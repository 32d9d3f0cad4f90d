import { View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { ActivityDetail } from '@contract/volunteer'
import { VOLUNTEER_LIMITS } from '@contract/limits'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextField } from '@/components/Field'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { clock } from '../../components/format'

type When = 'start' | 'end' | 'now'

/**
 * Checking someone in or out by hand: at a time the organiser picks (never silently a default —
 * the choice is theirs and shown), with a reason that goes into the audit log.
 */
export function MarkForm(props: {
  activity: ActivityDetail
  memberId: string
  direction: 'in' | 'out'
  onDone(): void
}) {
  const { activity: a, memberId, direction, onDone } = props
  const mark = useMutation('volunteer', 'markAttendance', {
    fields: ['at', 'reason'],
    invalidates: ['volunteer.roster', 'volunteer.getActivity'],
  })
  const ended = dayjs().isAfter(a.endAt)
  const form = useForm<{ when: When | null; reason: string }>(
    { when: null, reason: direction === 'out' ? '忘记扫码签退' : '没有带手机' },
    {
      mutations: [mark],
      check: (d) => ({
        at: d.when ? undefined : '请选择时间',
        reason: d.reason.trim() ? undefined : '请写明原因',
      }),
    },
  )
  const labels: Record<When, string> = {
    start: `活动开始 ${clock(a.startAt)}`,
    end: `活动结束 ${clock(a.endAt)}`,
    now: `现在 ${dayjs().format('HH:mm')}`,
  }
  const options: When[] = direction === 'in' ? ['start', 'now'] : ended ? ['end', 'now'] : ['now']
  const at = (w: When) => (w === 'start' ? a.startAt : w === 'end' ? a.endAt : new Date().toISOString())
  return (
    <View data-testid='mark-form'>
      <Field label={direction === 'in' ? '签到时间' : '签退时间'} error={form.error('at')} required>
        <Choices
          options={options}
          labels={labels}
          value={form.draft.when}
          onChange={(when) => form.set({ when })}
          testId='mark-when'
        />
      </Field>
      <TextField
        label='原因'
        required
        value={form.draft.reason}
        onChange={(reason) => form.set({ reason })}
        maxlength={VOLUNTEER_LIMITS.reasonMax}
        error={form.error('reason')}
        testId='mark-reason'
      />
      {form.formError ? <View className='banner banner--warn'>{form.formError}</View> : null}
      <View className='vol-actions'>
        <Btn className='btn btn--ghost' onClick={onDone}>
          取消
        </Btn>
        <Btn
          className='btn btn--primary'
          data-testid='submit-mark'
          onClick={() =>
            form.submit(async (d) => {
              const res = await mark.run({
                activityId: a.activityId,
                memberId,
                direction,
                at: at(d.when!),
                reason: d.reason,
              })
              if (res) {
                toastDone(direction === 'in' ? '已代签到' : '已代签退')
                onDone()
              }
              return res
            })
          }
        >
          {direction === 'in' ? '代为签到' : '代为签退'}
        </Btn>
      </View>
    </View>
  )
}
