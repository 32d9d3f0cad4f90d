import { ScrollView, View } from '@tarojs/components'
import type { GrantedRole, Side } from '@contract/entities'
import type { MemberRow } from '@contract/station'
import { GRANTABLE_ROLE_ORDER, ROLE_LABELS, SIDE_LABELS, SIDE_OPTIONS } from '@contract/labels'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextField } from '@/components/Field'
import type { Form, Problems } from '@/data'
import { useForm, useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { MemberSearch } from './MemberSearch'

const SENIOR: GrantedRole[] = ['stationHead', 'deputyHead']

interface GrantDraft {
  target: MemberRow | null
  role: GrantedRole | null
  headOf: string[]
  side: Side | null
  flagTeam: string
}

const EMPTY: GrantDraft = { target: null, role: null, headOf: [], side: null, flagTeam: '' }

const check = (d: GrantDraft): Problems => ({
  memberId: d.target ? undefined : '请先找到这位居民',
  role: d.role ? undefined : '请选择角色',
  headOf: d.role === 'buildingHead' && d.headOf.length === 0 ? '请选择负责的楼栋' : undefined,
  side: d.role === 'sideRep' && !d.side ? '请选择代表哪一方' : undefined,
})

/** Grant a role: find the person, choose the role, and for 楼长 / 三方代表 say which buildings or side. */
export function GrantCard({ isHead }: { isHead: boolean }) {
  const grant = useMutation('station', 'grantRole', {
    fields: ['memberId', 'role', 'headOf', 'side', 'flagTeam'],
    invalidates: ['station.listRoleHolders'],
  })
  const form = useForm<GrantDraft>(EMPTY, { check, mutations: [grant] })
  const roles = GRANTABLE_ROLE_ORDER.filter((r) => isHead || !SENIOR.includes(r))
  const { draft } = form

  const submit = async () => {
    const granted = await form.submit((d) =>
      grant.run({
        memberId: d.target!.memberId,
        role: d.role!,
        headOf: d.role === 'buildingHead' ? d.headOf : [],
        side: d.role === 'sideRep' ? (d.side ?? undefined) : undefined,
        flagTeam: d.role === 'buildingHead' ? d.flagTeam.trim() : '',
      }),
    )
    if (!granted) return
    toastDone('已授予')
    form.reset()
  }

  return (
    <View className='card' data-testid='grant-card'>
      <View className='card__title'>授予角色</View>
      {!draft.target ? (
        <Field label='1. 找到这位居民' hint='只能给已认证的居民授予角色' error={form.error('memberId')}>
          <MemberSearch onPick={(target) => form.set({ target })} />
        </Field>
      ) : (
        <View>
          <View className='banner banner--ok' data-testid='grant-target'>
            已选：{draft.target.name}（{draft.target.household?.label ?? '未关联房屋'}）
          </View>
          {form.error('memberId') ? <View className='field__error'>{form.error('memberId')}</View> : null}
          <View className='staff-link' onClick={form.reset} data-testid='grant-repick'>
            ‹ 重新选择
          </View>
          <Field
            label='2. 选择角色'
            hint={isHead ? undefined : '只有站长可以任命站长、副站长'}
            error={form.error('role')}
          >
            <Choices<GrantedRole>
              options={roles}
              labels={ROLE_LABELS}
              value={draft.role}
              onChange={(role) => form.set({ role })}
              testId='grant-role'
            />
          </Field>
          {draft.role === 'buildingHead' ? <HeadOptions form={form} /> : null}
          {draft.role === 'sideRep' ? (
            <Field label='3. 代表哪一方' error={form.error('side')}>
              <Choices<Side>
                options={SIDE_OPTIONS}
                labels={SIDE_LABELS}
                value={draft.side}
                onChange={(side) => form.set({ side })}
                testId='grant-side'
              />
            </Field>
          ) : null}
          {form.formError ? (
            <View className='banner banner--red' data-testid='grant-error'>
              {form.formError}
            </View>
          ) : null}
          <Btn className='btn btn--primary' disabled={form.busy} onClick={submit} data-testid='submit-grant'>
            {form.busy ? '正在授予…' : `授予「${draft.role ? ROLE_LABELS[draft.role] : '角色'}」`}
          </Btn>
        </View>
      )}
    </View>
  )
}

/** A 楼长 heads one or more buildings, and may lead a 旗手团队. */
function HeadOptions({ form }: { form: Form<GrantDraft> }) {
  const buildings = useQuery('station', 'listBuildings', {})
  const { headOf, flagTeam } = form.draft
  const toggle = (id: string) =>
    form.set({ headOf: headOf.includes(id) ? headOf.filter((x) => x !== id) : [...headOf, id] })
  return (
    <View>
      <Field label={`3. 负责哪些楼栋（已选 ${headOf.length} 栋）`} error={form.error('headOf')}>
        {buildings.error && !buildings.data ? (
          <View className='danger' onClick={buildings.reload}>
            {buildings.error.message}（点此重试）
          </View>
        ) : null}
        <ScrollView scrollY className='staff-scroll-box'>
          <View className='choice-group' data-testid='grant-buildings'>
            {(buildings.data?.items ?? []).map((b) => (
              <View
                key={b.buildingId}
                className={`choice${headOf.includes(b.buildingId) ? ' choice--on' : ''}`}
                onClick={() => toggle(b.buildingId)}
              >
                {headOf.includes(b.buildingId) ? '✓ ' : ''}
                {b.name}
              </View>
            ))}
          </View>
        </ScrollView>
      </Field>
      <TextField
        label='4. 旗手团队名称（选填）'
        hint='如：第一旗手团队'
        value={flagTeam}
        onChange={(v) => form.set({ flagTeam: v })}
        maxlength={20}
        error={form.error('flagTeam')}
        testId='grant-flag-team'
      />
    </View>
  )
}
