import { Input, View } from '@tarojs/components'
import { WISH_LIMITS } from '@contract/limits'
import type { WishSettings } from '@contract/wish'
import { Btn } from '@/components/Btn'
import { Field } from '@/components/Field'
import { Loadable } from '@/components/StateViews'
import type { Problems } from '@/data'
import { useForm, useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { WISH_VIEWS } from '../components/moves'

type Draft = Record<keyof WishSettings, string>

const FIELDS: {
  key: keyof WishSettings
  label: string
  hint: string
  range: { min: number; max: number }
}[] = [
  {
    key: 'claimTimeoutDays',
    label: '认领后几天没有进展，重新上墙',
    hint: '认领人填写进展会重新计时',
    range: WISH_LIMITS.claimTimeoutDays,
  },
  {
    key: 'autoConfirmDays',
    label: '完成后几天没人确认，自动确认',
    hint: '许愿人不确认也不提异议时',
    range: WISH_LIMITS.autoConfirmDays,
  },
  {
    key: 'pointsPerWish',
    label: '每实现一个心愿，认领人得几分',
    hint: '确认时发放',
    range: WISH_LIMITS.pointsPerWish,
  },
]

const check = (d: Draft): Problems =>
  Object.fromEntries(
    FIELDS.map(({ key, range }) => {
      const n = Number(d[key])
      const ok = d[key] !== '' && Number.isInteger(n) && n >= range.min && n <= range.max
      return [key, ok ? undefined : `请填写${range.min}到${range.max}之间的整数`]
    }),
  )

/** The station's rules for wishes, which staff set. */
export function SettingsCard() {
  const settings = useQuery('wish', 'settings', {})
  return (
    <View className='card' data-testid='wish-settings'>
      <View className='card__title'>心愿规则</View>
      <Loadable state={settings} onRetry={settings.reload}>
        {(s) => <SettingsForm saved={s} />}
      </Loadable>
    </View>
  )
}

function SettingsForm({ saved }: { saved: WishSettings }) {
  const save = useMutation('wish', 'saveSettings', { invalidates: [...WISH_VIEWS, 'wish.settings'] })
  const form = useForm<Draft>(
    {
      claimTimeoutDays: String(saved.claimTimeoutDays),
      autoConfirmDays: String(saved.autoConfirmDays),
      pointsPerWish: String(saved.pointsPerWish),
    },
    { check, mutations: [save] },
  )
  const send = async () => {
    const done = await form.submit((d) =>
      save.run({
        claimTimeoutDays: Number(d.claimTimeoutDays),
        autoConfirmDays: Number(d.autoConfirmDays),
        pointsPerWish: Number(d.pointsPerWish),
      }),
    )
    if (done) toastDone('已保存')
  }
  return (
    <View>
      {FIELDS.map((f) => (
        <Field key={f.key} label={f.label} hint={f.hint} error={form.error(f.key)}>
          <Input
            className={`input${form.error(f.key) ? ' input--error' : ''}`}
            type='number'
            value={form.draft[f.key]}
            maxlength={4}
            onInput={(e) => form.set({ [f.key]: e.detail.value } as Partial<Draft>)}
            data-testid={`setting-${f.key}`}
          />
        </Field>
      ))}
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      <Btn className='btn btn--primary' disabled={form.busy} onClick={send} data-testid='save-settings'>
        {form.busy ? '正在保存…' : '保存规则'}
      </Btn>
    </View>
  )
}
