import { Switch, View } from '@tarojs/components'
import type { Relation } from '@contract/entities'
import { RELATION_LABELS } from '@contract/labels'
import { Choices, Field, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { go } from '@/services/platform'
import { toastDone } from '@/services/platform/feedback'
import { useSession } from '@/stores/session'
import { HouseholdPicker } from '../components/HouseholdPicker'
import { PhoneField } from '../components/PhoneField'
import { SkillPicker } from './SkillPicker'
import { useRegistrationForm } from './useRegistrationForm'
import { Btn } from '@/components/Btn'
import { useState } from 'react'

const RELATIONS: Relation[] = ['owner', 'tenant', 'family']

/** Register to a household: choose the home, say who I am, verify my phone. */
export default function Register() {
  const { station, me, loadMe } = useSession()
  const current = me.data?.member ?? null
  const f = useRegistrationForm(current)
  // What is still missing is said beside the button; after a tap on submit, in red.
  const [tried, setTried] = useState(false)

  const submit = async () => {
    setTried(true)
    if (f.missing) return
    if (await f.submit()) {
      await loadMe()
      // The status page says the rest: 等待楼长审核.
      toastDone('已提交')
      go('/packages/station/status/index')
    }
  }

  return (
    <Screen testId='page-register'>
      <View className='banner banner--info'>
        登记到「{station?.name ?? '驿站'}」。提交后由楼长核对，一般1-2天内完成。
      </View>
      <View className='card'>
        <Field label='1. 我的房屋' error={f.fieldError('householdId')}>
          <HouseholdPicker value={f.household} onChange={f.setHousehold} />
        </Field>
        <Field label='2. 与房屋的关系' error={f.fieldError('relation')}>
          <Choices
            options={RELATIONS}
            labels={RELATION_LABELS}
            value={f.relation}
            onChange={f.setRelation}
            testId='pick-relation'
          />
        </Field>
        <TextField
          label='3. 姓名'
          value={f.name}
          onChange={f.setName}
          maxlength={20}
          placeholder='请填写真实姓名'
          error={f.fieldError('name')}
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
            checked={f.isVolunteer}
            color='#c8161d'
            onChange={(e) => f.setVolunteer(e.detail.value)}
            data-testid='volunteer-switch'
          />
        </View>
        {f.isVolunteer ? <SkillPicker value={f.skills} onChange={f.setSkills} /> : null}
        <View className='row'>
          <View>我是党员</View>
          <Switch
            checked={f.isPartyMember}
            color='#c8161d'
            onChange={(e) => f.setPartyMember(e.detail.value)}
          />
        </View>
      </View>
      {f.error && !f.error.field ? <View className='banner banner--red'>{f.error.message}</View> : null}
      <Btn className='btn btn--primary' disabled={f.busy} onClick={submit} data-testid='submit-register'>
        {f.busy ? '正在提交…' : '提交登记'}
      </Btn>
      {f.missing ? (
        <View className={tried ? 'field__error' : 'text-s muted'} data-testid='register-missing'>
          {f.missing}
        </View>
      ) : null}
    </Screen>
  )
}
