import { View } from '@tarojs/components'
import type { ConsentMethod, Relation } from '@contract/entities'
import { CONSENT_LABELS, CONSENT_OPTIONS, RELATION_LABELS, RELATION_OPTIONS } from '@contract/labels'
import { PERSON_LIMITS } from '@contract/limits'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField, TextField } from '@/components/Field'
import type { Problems } from '@/data'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { HouseholdPicker } from '../components/household/HouseholdPicker'
import type { PickedHousehold } from '../components/household/HouseholdPicker'
import { PersonChoice, NEW_PERSON } from './PersonChoice'

interface Draft {
  household: PickedHousehold | null
  /** A registered person of that home, or NEW_PERSON for someone not registered yet. */
  principalId: string | null
  name: string
  relation: Relation | null
  consentMethod: ConsentMethod | null
  consentNote: string
}

const EMPTY: Draft = {
  household: null,
  principalId: null,
  name: '',
  relation: null,
  consentMethod: null,
  consentNote: '',
}

const FIELDS = ['householdId', 'principalId', 'name', 'relation', 'consentMethod', 'consentNote']

function check(d: Draft): Problems {
  const isNew = d.principalId === NEW_PERSON
  return {
    householdId: d.household ? undefined : '请选择邻居的房屋',
    principalId: d.household && !d.principalId ? '请选择为哪一位代办' : undefined,
    name: isNew && !d.name.trim() ? '请填写邻居的姓名' : undefined,
    relation: isNew && !d.relation ? '请选择邻居与房屋的关系' : undefined,
    consentMethod: d.consentMethod ? undefined : '请选择邻居是怎样同意的',
    consentNote: d.consentNote.trim() ? undefined : '请写一句情况说明，楼长审核时要看',
  }
}

/**
 * Become the stand-in of a neighbour: choose their home, then the person — someone already
 * registered there (a request the building head approves) or someone not registered yet
 * (registered now, and verified like anyone) — and say how they agreed.
 */
export function AddPrincipalForm({ onDone }: { onDone(): void }) {
  const invalidates = ['station.myPrincipals', 'station.proxyQueue', 'station.verifyQueue'] as const
  const request = useMutation('station', 'requestProxy', { fields: FIELDS, invalidates })
  const register = useMutation('station', 'proxyRegister', { fields: FIELDS, invalidates })
  const form = useForm<Draft>(EMPTY, { check, mutations: [request, register] })
  const d = form.draft
  const isNew = d.principalId === NEW_PERSON

  const submit = async () => {
    const done = await form.submit((x) => {
      const consent = { consentMethod: x.consentMethod!, consentNote: x.consentNote.trim() }
      if (x.principalId !== NEW_PERSON) return request.run({ principalId: x.principalId!, ...consent })
      return register.run({
        householdId: x.household!.householdId,
        name: x.name.trim(),
        relation: x.relation!,
        ...consent,
      })
    })
    if (!done) return
    toastDone('已提交')
    onDone()
  }

  return (
    <View className='card' data-testid='proxy-form'>
      <View className='card__title'>添加代办的邻居</View>
      <Field label='1. 邻居的房屋' error={form.error('householdId')}>
        <HouseholdPicker
          value={d.household}
          onChange={(household) => form.set({ household, principalId: null })}
        />
      </Field>
      {d.household ? (
        <Field label='2. 为哪一位代办' error={form.error('principalId')}>
          <PersonChoice
            householdId={d.household.householdId}
            value={d.principalId}
            onChange={(principalId) => form.set({ principalId })}
          />
        </Field>
      ) : null}
      {isNew ? (
        <View>
          <TextField
            label='邻居的姓名'
            value={d.name}
            onChange={(name) => form.set({ name })}
            maxlength={PERSON_LIMITS.nameMax}
            error={form.error('name')}
            testId='proxy-name'
          />
          <Field label='邻居与房屋的关系' error={form.error('relation')}>
            <Choices
              options={RELATION_OPTIONS}
              labels={RELATION_LABELS}
              value={d.relation}
              onChange={(relation) => form.set({ relation })}
            />
          </Field>
        </View>
      ) : null}
      <Field label='3. 邻居是怎样同意由您代办的' error={form.error('consentMethod')}>
        <Choices
          options={CONSENT_OPTIONS}
          labels={CONSENT_LABELS}
          value={d.consentMethod}
          onChange={(consentMethod) => form.set({ consentMethod })}
          testId='proxy-consent'
        />
      </Field>
      <TextAreaField
        label='4. 情况说明'
        required
        hint='如：本人在驿站当面同意，楼长见证'
        value={d.consentNote}
        onChange={(consentNote) => form.set({ consentNote })}
        maxlength={200}
        error={form.error('consentNote')}
        testId='proxy-note'
      />
      {isNew || !d.principalId ? null : (
        <View className='text-s muted'>提交后，由这位邻居所在楼栋的楼长审核，同意后您就可以代办。</View>
      )}
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      <Btn className='btn btn--primary' disabled={form.busy} onClick={submit} data-testid='submit-proxy'>
        {form.busy ? '正在提交…' : '提交'}
      </Btn>
    </View>
  )
}
