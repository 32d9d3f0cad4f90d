import { View } from '@tarojs/components'
import { useState } from 'react'
import { TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { call } from '@/services/cloud'
import { go } from '@/services/platform'
import { toastDone } from '@/services/platform/feedback'
import { useSession } from '@/stores/session'
import { useSubmit } from '@/stores/useSubmit'
import { Btn } from '@/components/Btn'

/** The first 站长 of a new station enters the one-time code the platform admin gave them. */
export default function ClaimHead() {
  const { station, loadMe } = useSession()
  const [token, setToken] = useState('')
  const { busy, error, run } = useSubmit()

  const submit = async () => {
    const claimed = await run(() => call('station', 'claimHead', { token: token.trim().toUpperCase() }))
    if (!claimed) return
    await loadMe()
    toastDone('您已成为站长')
    go('/pages/home/index')
  }

  return (
    <Screen testId='page-claim'>
      <View className='banner banner--info'>
        新驿站开通后，平台管理员会给第一任站长一个8位认领码，7天内有效，只能用一次。
      </View>
      <View className='card'>
        <View className='card__title'>{station?.name ?? '驿站'}</View>
        <TextField
          label='认领码'
          value={token}
          onChange={setToken}
          maxlength={8}
          placeholder='8位字母或数字'
          error={error?.message}
          testId='claim-token'
        />
        <Btn className='btn btn--primary' disabled={busy || token.trim().length !== 8} onClick={submit}>
          {busy ? '正在认领…' : '认领站长'}
        </Btn>
      </View>
    </Screen>
  )
}
