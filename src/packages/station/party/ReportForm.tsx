import { View } from '@tarojs/components'
import type { PartyReportView, ServicePostView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Field, TextField } from '@/components/Field'
import type { Problems } from '@/data'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'

interface Draft {
  workUnit: string
  partyOrg: string
  postId: string | null
}

/** Both boxes are needed: say so for both at once, not one per tap. */
const check = (d: Draft): Problems => ({
  workUnit: d.workUnit.trim() ? undefined : '请填写工作单位',
  partyOrg: d.partyOrg.trim() ? undefined : '请填写所在党组织',
})

interface Props {
  saved: PartyReportView | null
  posts: ServicePostView[]
  disabled: boolean
}

/** Where I work, my party organisation, and (if I like) the post I take up, with what it involves. */
export function ReportForm({ saved, posts, disabled }: Props) {
  const submit = useMutation('station', 'submitPartyReport', {
    fields: ['workUnit', 'partyOrg', 'postId'],
    invalidates: ['station.myPartyReport', 'station.listServicePosts', 'station.partyStats'],
  })
  const form = useForm<Draft>(
    { workUnit: saved?.workUnit ?? '', partyOrg: saved?.partyOrg ?? '', postId: saved?.postId ?? null },
    { check, mutations: [submit] },
  )
  const d = form.draft

  const send = async () => {
    const done = await form.submit((x) =>
      submit.run({ workUnit: x.workUnit.trim(), partyOrg: x.partyOrg.trim(), postId: x.postId }),
    )
    if (done) toastDone(saved ? '已更新' : '报到成功')
  }

  return (
    <View>
      <View className='card'>
        <TextField
          label='工作单位'
          value={d.workUnit}
          onChange={(workUnit) => form.set({ workUnit })}
          maxlength={60}
          placeholder='如：区市场监管局'
          error={form.error('workUnit')}
          required
          testId='work-unit'
        />
        <TextField
          label='所在党组织'
          value={d.partyOrg}
          onChange={(partyOrg) => form.set({ partyOrg })}
          maxlength={60}
          placeholder='如：机关第二党支部'
          error={form.error('partyOrg')}
          required
          testId='party-org'
        />
        <Field label='认领服务岗位' hint='可以先不认领，以后再来' error={form.error('postId')}>
          <View data-testid='pick-post'>
            <PostChoice title='暂不认领' on={d.postId === null} onTap={() => form.set({ postId: null })} />
            {posts.map((p) => (
              <PostChoice
                key={p.postId}
                title={`${p.name}（已有${p.claimedCount}人）`}
                description={p.description}
                on={d.postId === p.postId}
                onTap={() => form.set({ postId: p.postId })}
              />
            ))}
          </View>
        </Field>
      </View>
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={form.busy || disabled}
        onClick={send}
        data-testid='submit-party'
      >
        {form.busy ? '正在提交…' : saved ? '更新报到信息' : '确认报到'}
      </Btn>
    </View>
  )
}

/** A post as a wide button: its name, and underneath what doing it involves. */
function PostChoice({
  title,
  description,
  on,
  onTap,
}: {
  title: string
  description?: string
  on: boolean
  onTap(): void
}) {
  return (
    <View className={`choice choice--wide${on ? ' choice--on' : ''}`} onClick={onTap}>
      <View>{title}</View>
      {description ? <View className='choice__note'>{description}</View> : null}
    </View>
  )
}
