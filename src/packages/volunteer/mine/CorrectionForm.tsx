import { View } from '@tarojs/components'
import type { AttendanceView } from '@contract/volunteer'
import { VOLUNTEER_LIMITS } from '@contract/limits'
import { Btn } from '@/components/Btn'
import { TextAreaField, TextField } from '@/components/Field'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { serviceText } from '../components/format'

/** Asking staff to correct confirmed hours: how long it really was, and why. */
export function CorrectionForm({ attendance: a, onDone }: { attendance: AttendanceView; onDone(): void }) {
  const ask = useMutation('volunteer', 'requestCorrection', {
    fields: ['minutes', 'reason'],
    invalidates: ['volunteer.mySignups', 'volunteer.myCorrections'],
  })
  const form = useForm(
    { minutes: String(a.confirmedMinutes), reason: '' },
    {
      mutations: [ask],
      check: (d) => ({
        minutes: /^\d{1,4}$/.test(d.minutes) && Number(d.minutes) > 0 ? undefined : '请填写分钟数，例如 150',
        reason: d.reason.trim() ? undefined : '请写明更正原因',
      }),
    },
  )
  return (
    <View data-testid='correction-form'>
      <View className='text-s muted'>
        现在确认的是 {serviceText(a.confirmedMinutes)}，驿站工作人员审核后更正。
      </View>
      <TextField
        label='实际服务时长（分钟）'
        type='number'
        value={form.draft.minutes}
        onChange={(minutes) => form.set({ minutes })}
        maxlength={4}
        error={form.error('minutes')}
        testId='correction-minutes'
        required
      />
      <TextAreaField
        label='更正原因'
        value={form.draft.reason}
        onChange={(reason) => form.set({ reason })}
        maxlength={VOLUNTEER_LIMITS.reasonMax}
        error={form.error('reason')}
        testId='correction-reason'
        required
      />
      {form.formError ? <View className='banner banner--warn'>{form.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        data-testid='submit-correction'
        onClick={() =>
          form.submit(async (d) => {
            const res = await ask.run({
              checkinId: a.checkinId,
              minutes: Number(d.minutes),
              reason: d.reason,
            })
            if (res) {
              toastDone('已提交')
              onDone()
            }
            return res
          })
        }
      >
        {form.busy ? '正在提交…' : '提交更正申请'}
      </Btn>
    </View>
  )
}
