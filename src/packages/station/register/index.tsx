import { Switch, View } from '@tarojs/components'
import { RELATION_LABELS, RELATION_OPTIONS } from '@contract/labels'
import type { MemberSelf } from '@contract/station'
import { AsMyself } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { useMe } from '@/data'
import { toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { useSession } from '@/stores/session'
import { HouseholdPicker } from '../components/household/HouseholdPicker'
import { PhoneField } from '../components/PhoneField'
import { SkillPicker } from './SkillPicker'
import { useRegistrationForm } from './useRegistrationForm'

/** Register to a household: choose the home, say who I am, verify my phone. */
export default function Register() {
  const me = useMe()
  return (
    <Screen testId='page-register'>
      <AsMyself>
        {me.data ? <RegisterForm current={me.data.member} phoneOnFile={me.data.phoneOnFile} /> : null}
      </AsMyself>
    </Screen>
  )
}

function RegisterForm({ current, phoneOnFile }: { current: MemberSelf | null; phoneOnFile: string | null }) {
  const station = useSession((s) => s.station)
  const f = useRegistrationForm(current, phoneOnFile)
  const d = f.draft

  const submit = async () => {
    if (!(await f.submit())) return
    // The status page says the rest: 等待楼长审核.
    toastDone('已提交')
    go('/packages/station/status/index')
  }

  return (
    <View>
      <View className='banner banner--info'>
        登记到「{station?.name ?? '驿站'}」。提交后由楼长核对，一般1-2天内完成。
      </View>
      <View className='card'>
        <Field label='1. 我的房屋' error={f.error('householdId')}>
          <HouseholdPicker value={d.household} onChange={(household) => f.set({ household })} />
        </Field>
        <Field label='2. 与房屋的关系' error={f.error('relation')}>
          <Choices
            options={RELATION_OPTIONS}
            labels={RELATION_LABELS}
            value={d.relation}
            onChange={(relation) => f.set({ relation })}
            testId='pick-relation'
          />
        </Field>
        <TextField
          label='3. 姓名'
          value={d.name}
          onChange={(name) => f.set({ name })}
          maxlength={f.nameMax}
          placeholder='请填写真实姓名'
          error={f.error('name')}
          testId='name-input'
        />
        <Field label='4. 手机号' hint='只有您的楼长和驿站工作人员能看到完整号码' error={f.phoneError}>
          <PhoneField phone={f.phone} />
        </Field>
      </View>
      <View className='card'>
        <View className='row'>
          <View>我愿意做志愿者</View>
          <Switch
            checked={d.isVolunteer}
            color='#c8161d'
            onChange={(e) => f.set({ isVolunteer: e.detail.value })}
            data-testid='volunteer-switch'
          />
        </View>
        {d.isVolunteer ? <SkillPicker value={d.skills} onChange={(skills) => f.set({ skills })} /> : null}
        <View className='row'>
          <View>我是党员</View>
          <Switch
            checked={d.isPartyMember}
            color='#c8161d'
            onChange={(e) => f.set({ isPartyMember: e.detail.value })}
          />
        </View>
      </View>
      {f.formError ? <View className='banner banner--red'>{f.formError}</View> : null}
      <Btn className='btn btn--primary' disabled={f.busy} onClick={submit} data-testid='submit-register'>
        {f.busy ? '正在提交…' : '提交登记'}
      </Btn>
    </View>
  )
}
