import { View } from '@tarojs/components'
import { useState } from 'react'
import type { GroupEntry } from '@contract/notice'
import { NOTICE_LIMITS } from '@contract/limits'
import { Btn } from '@/components/Btn'
import { Choices, TextField } from '@/components/Field'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'

/**
 * The group chat this card was opened in. Bound: which building's group it is. Not bound yet, and
 * I am its building head: bind it, so the receipts of every notice say how many opened it here.
 */
export function GroupCard({ group, cloudID }: { group: GroupEntry; cloudID: string }) {
  const [bound, setBound] = useState<string | null>(null)
  if (group.status === 'bound' || bound) {
    return (
      <View className='text-s muted notice-read' data-testid='group-bound'>
        来自楼栋群：{group.status === 'bound' ? `${group.name}（${group.buildingName}）` : bound}
      </View>
    )
  }
  if (group.buildings.length === 0) return null
  return <BindForm buildings={group.buildings} cloudID={cloudID} onBound={setBound} />
}

function BindForm({
  buildings,
  cloudID,
  onBound,
}: {
  buildings: { buildingId: string; name: string }[]
  cloudID: string
  onBound(label: string): void
}) {
  const bind = useMutation('notice', 'bindGroup', { invalidates: ['notice.groups'] })
  const form = useForm(
    { buildingId: buildings[0].buildingId, name: `${buildings[0].name}邻里群` },
    { mutations: [bind] },
  )
  const labels = Object.fromEntries(buildings.map((b) => [b.buildingId, b.name]))
  const submit = () =>
    form.submit(async (d) => {
      const done = await bind.run({ cloudID, buildingId: d.buildingId, name: d.name })
      if (done) {
        toastDone('已绑定')
        onBound(`${done.name}（${done.buildingName}）`)
      }
      return done
    })
  return (
    <View className='card' data-testid='bind-group'>
      <View className='card__title'>这是哪栋楼的群？</View>
      <View className='text-s muted'>绑定后，每条通知都能看到有多少人是从这个群里打开的。</View>
      <Choices
        options={buildings.map((b) => b.buildingId)}
        labels={labels}
        value={form.draft.buildingId}
        onChange={(buildingId) => form.set({ buildingId, name: `${labels[buildingId]}邻里群` })}
        testId='bind-building'
      />
      <TextField
        label='群名称'
        hint='微信不告诉小程序群名，请写一个大家认得的名字'
        value={form.draft.name}
        onChange={(name) => form.set({ name })}
        maxlength={NOTICE_LIMITS.groupNameMax}
        error={form.error('name')}
        testId='bind-name'
      />
      {form.formError ? <View className='danger'>{form.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={form.busy || undefined}
        onClick={submit}
        data-testid='bind-submit'
      >
        {form.busy ? '正在绑定…' : '设为楼栋群'}
      </Btn>
    </View>
  )
}
