import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { TextField } from '@/components/Field'
import { useForm, useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'

/** 志愿服务队: staff add teams; organisers are granted teams in 角色管理. */
export function Teams() {
  const teams = useQuery('volunteer', 'listTeams', {})
  const save = useMutation('volunteer', 'saveTeam', {
    fields: ['name'],
    invalidates: ['volunteer.listTeams'],
  })
  const form = useForm(
    { name: '' },
    { mutations: [save], check: (d) => ({ name: d.name.trim() ? undefined : '请填写队名' }) },
  )
  return (
    <View className='card' data-testid='teams'>
      <View className='card__title'>志愿服务队</View>
      {(teams.data?.items ?? []).map((t) => (
        <View key={t.teamId} className='row'>
          <View>
            <View>{t.name}</View>
            {t.description ? <View className='text-s muted'>{t.description}</View> : null}
          </View>
        </View>
      ))}
      <TextField
        label='新队伍名称'
        value={form.draft.name}
        onChange={(name) => form.set({ name })}
        maxlength={20}
        error={form.error('name')}
      />
      <Btn
        className='btn btn--plain'
        onClick={() =>
          form.submit(async (d) => {
            const res = await save.run({ name: d.name })
            if (res) {
              toastDone('已添加')
              form.reset()
            }
            return res
          })
        }
      >
        添加队伍
      </Btn>
    </View>
  )
}
