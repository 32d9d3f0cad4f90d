import { View } from '@tarojs/components'
import { AsMyself } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { useSession } from '@/stores/session'

/** The first 站长 of a new station enters the one-time code the platform admin gave them. */
export default function ClaimHead() {
  const station = useSession((s) => s.station)
  const claim = useMutation('station', 'claimHead', { invalidates: ['station.me'], fields: ['token'] })
  const form = useForm(
    { token: '' },
    {
      mutations: [claim],
      check: (d) => ({
        token: /^[A-Za-z0-9]{8}$/.test(d.token.trim()) ? undefined : '认领码应为8位字母或数字',
      }),
    },
  )

  const submit = async () => {
    const claimed = await form.submit((d) => claim.run({ token: d.token.trim().toUpperCase() }))
    if (!claimed) return
    toastDone('您已成为站长')
    go('/pages/home/index')
  }

  return (
    <Screen testId='page-claim'>
      <AsMyself>
        <View className='banner banner--info'>
          新驿站开通后，平台管理员会给第一任站长一个8位认领码，7天内有效，只能用一次。
        </View>
        <View className='card'>
          <View className='card__title'>{station?.name ?? '驿站'}</View>
          <TextField
            label='认领码'
            value={form.draft.token}
            onChange={(token) => form.set({ token })}
            maxlength={8}
            placeholder='8位字母或数字'
            error={form.error('token')}
            testId='claim-token'
          />
          {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
          <Btn className='btn btn--primary' disabled={form.busy} onClick={submit}>
            {form.busy ? '正在认领…' : '认领站长'}
          </Btn>
        </View>
      </AsMyself>
    </Screen>
  )
}
