import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { ConsentMethod, Relation } from '@contract/entities'
import { CONSENT_LABELS, RELATION_LABELS } from '@contract/labels'
import { Choices, Field, TextField } from '@/components/Field'
import { call } from '@/services/cloud'
import { toastDone } from '@/services/platform/feedback'
import { useSubmit } from '@/stores/useSubmit'
import { HouseholdPicker } from '../components/HouseholdPicker'
import type { PickedHousehold } from '../components/HouseholdPicker'
import { Btn } from '@/components/Btn'

const RELATIONS: Relation[] = ['owner', 'tenant', 'family']
const CONSENTS: ConsentMethod[] = ['inPerson', 'paper', 'phone']

/** Registers a neighbour I will act for, with how they agreed to it. */
export function ProxyRegisterForm({ onDone }: { onDone(): void }) {
  const [household, setHousehold] = useState<PickedHousehold | null>(null)
  const [name, setName] = useState('')
  const [relation, setRelation] = useState<Relation | null>(null)
  const [consentMethod, setConsent] = useState<ConsentMethod | null>(null)
  const [consentNote, setNote] = useState('')
  const { busy, run, fieldError, formError } = useSubmit()
  // Said above the button, not in a toast that vanishes.
  const [missing, setMissing] = useState<string | null>(null)

  const submit = async () => {
    if (!household || !relation || !consentMethod) return setMissing('请选择房屋、关系和同意方式')
    setMissing(null)
    const input = { householdId: household.householdId, name, relation, consentMethod, consentNote }
    if (!(await run(() => call('station', 'proxyRegister', input)))) return
    // The list says the rest: 等待楼长或工作人员审核.
    toastDone('已提交')
    onDone()
  }

  return (
    <View className='card' data-testid='proxy-form'>
      <View className='card__title'>登记代办</View>
      <Field label='邻居的房屋' error={fieldError('householdId')}>
        <HouseholdPicker value={household} onChange={setHousehold} />
      </Field>
      <TextField
        label='邻居的姓名'
        value={name}
        onChange={setName}
        maxlength={20}
        error={fieldError('name')}
      />
      <Field label='TA与房屋的关系' error={fieldError('relation')}>
        <Choices options={RELATIONS} labels={RELATION_LABELS} value={relation} onChange={setRelation} />
      </Field>
      <Field label='TA是怎样同意由您代办的' error={fieldError('consentMethod')}>
        <Choices options={CONSENTS} labels={CONSENT_LABELS} value={consentMethod} onChange={setConsent} />
      </Field>
      <Field label='情况说明' hint='如：本人在驿站当面同意，楼长见证' error={fieldError('consentNote')}>
        <Textarea
          className='textarea'
          value={consentNote}
          maxlength={200}
          onInput={(e) => setNote(e.detail.value)}
        />
      </Field>
      {missing || formError ? <View className='banner banner--red'>{missing ?? formError}</View> : null}
      <Btn className='btn btn--primary' disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交'}
      </Btn>
    </View>
  )
}
