import { Input, ScrollView, View } from '@tarojs/components'
import type { GrantedRole, Side } from '@contract/entities'
import { GRANTABLE_ROLE_ORDER, ROLE_LABELS, SIDE_LABELS } from '@contract/labels'
import { Choices, Field } from '@/components/Field'
import { showError, toastDone } from '@/services/platform/feedback'
import { useBuildings } from '@/stores/staff/buildings'
import { useRoles } from '@/stores/staff/roles'
import { Btn } from '@/components/Btn'
import { fieldError, formError } from '../components/fieldError'
import { MemberSearch } from './MemberSearch'

const FIELDS = ['memberId', 'role', 'headOf', 'side', 'flagTeam']
const SIDES = Object.keys(SIDE_LABELS) as Side[]
const SENIOR: GrantedRole[] = ['stationHead', 'deputyHead']

/** Grant a role: find the person, choose the role, and for 楼长 / 三方代表 say which buildings or side. */
export function GrantCard({ isHead }: { isHead: boolean }) {
  const { draft, grantError, setDraft } = useRoles()
  return (
    <View className='card' data-testid='grant-card'>
      <View className='card__title'>授予角色</View>
      {draft.target ? (
        <GrantForm isHead={isHead} />
      ) : (
        <Field
          label='1. 找到这位居民'
          hint='只能给已认证的居民授予角色'
          error={fieldError(grantError, 'memberId')}
        >
          <MemberSearch onPick={(target) => setDraft({ target })} />
        </Field>
      )}
    </View>
  )
}

function GrantForm({ isHead }: { isHead: boolean }) {
  const { draft, granting, grantError, setDraft, resetDraft, grant } = useRoles()
  const roles = GRANTABLE_ROLE_ORDER.filter((r) => isHead || !SENIOR.includes(r))
  const err = (f: string) => fieldError(grantError, f)
  const general = formError(grantError, (f) => FIELDS.includes(f))
  const target = draft.target!

  const submit = async () => {
    if (!draft.role) return showError('请选择角色')
    if (await grant()) return toastDone('已授予')
    const e = useRoles.getState().grantError
    const message = formError(e, (f) => FIELDS.includes(f))
    if (message) showError(message)
  }

  return (
    <View>
      <View className='banner banner--ok' data-testid='grant-target'>
        已选：{target.name}（{target.household?.label ?? '未关联房屋'}）
      </View>
      {err('memberId') ? <View className='field__error'>{err('memberId')}</View> : null}
      <View className='staff-link' onClick={resetDraft} data-testid='grant-repick'>
        ‹ 重新选择
      </View>
      <Field
        label='2. 选择角色'
        hint={isHead ? undefined : '只有站长可以任命站长、副站长'}
        error={err('role')}
      >
        <Choices<GrantedRole>
          options={roles}
          labels={ROLE_LABELS}
          value={draft.role}
          onChange={(role) => setDraft({ role })}
          testId='grant-role'
        />
      </Field>
      {draft.role === 'buildingHead' ? <HeadOptions /> : null}
      {draft.role === 'sideRep' ? <SideOptions /> : null}
      {general ? (
        <View className='banner banner--red' data-testid='grant-error'>
          {general}
        </View>
      ) : null}
      <Btn
        className='btn btn--primary'
        disabled={granting || !draft.role}
        onClick={submit}
        data-testid='submit-grant'
      >
        {granting ? '正在授予…' : `授予「${draft.role ? ROLE_LABELS[draft.role] : '角色'}」`}
      </Btn>
    </View>
  )
}

/** A 三方代表 speaks for one side. */
function SideOptions() {
  const { draft, grantError, setDraft } = useRoles()
  return (
    <Field label='3. 代表哪一方' error={fieldError(grantError, 'side')}>
      <Choices<Side>
        options={SIDES}
        labels={SIDE_LABELS}
        value={draft.side}
        onChange={(side) => setDraft({ side })}
        testId='grant-side'
      />
    </Field>
  )
}

/** A 楼长 heads one or more buildings, and may lead a 旗手团队. */
function HeadOptions() {
  const { draft, grantError, toggleBuilding, setDraft } = useRoles()
  const { list, load } = useBuildings()
  const err = (f: string) => fieldError(grantError, f)
  return (
    <View>
      <Field label={`3. 负责哪些楼栋（已选 ${draft.headOf.length} 栋）`} error={err('headOf')}>
        {list.error && !list.data ? (
          <View className='danger' onClick={load}>
            {list.error.message}（点此重试）
          </View>
        ) : null}
        <ScrollView scrollY className='staff-scroll-box'>
          <View className='choice-group' data-testid='grant-buildings'>
            {(list.data ?? []).map((b) => (
              <View
                key={b.buildingId}
                className={`choice${draft.headOf.includes(b.buildingId) ? ' choice--on' : ''}`}
                onClick={() => toggleBuilding(b.buildingId)}
              >
                {draft.headOf.includes(b.buildingId) ? '✓ ' : ''}
                {b.name}
              </View>
            ))}
          </View>
        </ScrollView>
      </Field>
      <Field label='4. 旗手团队名称（选填）' hint='如：第一旗手团队' error={err('flagTeam')}>
        <Input
          className='input'
          value={draft.flagTeam}
          maxlength={20}
          onInput={(e) => setDraft({ flagTeam: e.detail.value })}
          data-testid='grant-flag-team'
        />
      </Field>
    </View>
  )
}
