import { useState } from 'react'
import type { Relation } from '@contract/entities'
import type { MemberSelf } from '@contract/station'
import { call, CallError } from '@/services/cloud'
import { asCallError } from '@/stores/async'
import { useSubmit } from '@/stores/useSubmit'
import type { PickedHousehold } from '../components/HouseholdPicker'
import { phoneInput } from '../components/phoneChoice'
import { usePhoneVerification } from '../components/usePhoneVerification'

/** The server names these fields for phone problems; all show under the phone field. */
const PHONE_FIELDS = ['phone', 'phoneToken', 'code']

/** The registration form's state, what is still missing, and its submission. */
function initialFrom(current: MemberSelf | null) {
  if (!current)
    return { household: null, relation: null, name: '', isVolunteer: false, skills: [], isPartyMember: false }
  const h = current.household
  return {
    household: h ? { householdId: h.householdId, label: h.label } : null,
    relation: current.relation,
    name: current.name,
    isVolunteer: current.isVolunteer,
    skills: current.skills,
    isPartyMember: current.isPartyMember,
  }
}

export function useRegistrationForm(current: MemberSelf | null) {
  const [initial] = useState(() => initialFrom(current))
  const [household, setHousehold] = useState<PickedHousehold | null>(initial.household)
  const [relation, setRelation] = useState<Relation | null>(initial.relation)
  const [name, setName] = useState(initial.name)
  // A number WeChat verified for this person here is reused unless they change it.
  const phone = usePhoneVerification(
    current?.phoneVerified && current.phoneMasked ? current.phoneMasked : undefined,
  )
  const [isVolunteer, setVolunteer] = useState(initial.isVolunteer)
  const [skills, setSkills] = useState<string[]>(initial.skills)
  const [isPartyMember, setPartyMember] = useState(initial.isPartyMember)
  const { busy, error, run, fieldError } = useSubmit()

  const missing = [
    [!household, '请选择您的房屋'],
    [!relation, '请选择与房屋的关系'],
    [!name.trim(), '请填写姓名'],
  ].find(([absent]) => absent)?.[1] as string | undefined

  /**
   * Resolves true when the registration was saved. With no number chosen the server reuses one
   * WeChat verified for this person before, or names the `phone` field.
   */
  const submit = async (): Promise<boolean> => {
    if (!household || !relation) return false
    const saved = await run(async () => {
      // A code that has just arrived is still being exchanged: wait for its token.
      const phoneFields = phoneInput(await phone.settled())
      if (phoneFields === 'expired') {
        phone.clear()
        throw new CallError('EXPIRED', '手机号验证已超过30分钟，请再验证一次', 'phoneToken')
      }
      const input = {
        householdId: household.householdId,
        relation,
        name: name.trim(),
        ...phoneFields,
        isVolunteer,
        skills,
        isPartyMember,
      }
      try {
        return await call('station', 'register', input)
      } catch (err) {
        // The server no longer accepts that verification: show the button again.
        if (asCallError(err).field === 'phoneToken') phone.clear()
        throw err
      }
    })
    return saved !== null
  }

  return {
    household,
    setHousehold,
    relation,
    setRelation,
    name,
    setName,
    phone,
    phoneError: PHONE_FIELDS.map((f) => fieldError(f)).find(Boolean) ?? null,
    isVolunteer,
    setVolunteer,
    skills,
    setSkills,
    isPartyMember,
    setPartyMember,
    busy,
    error,
    missing: missing ?? null,
    submit,
    fieldError,
  }
}
