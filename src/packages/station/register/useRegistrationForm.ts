import { useState } from 'react'
import type { Relation } from '@contract/entities'
import type { MemberSelf } from '@contract/station'
import { call } from '@/services/cloud'
import { useSubmit } from '@/stores/useSubmit'
import type { PickedHousehold } from '../components/HouseholdPicker'

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
  const [phoneCode, setPhoneCode] = useState<string | null>(null)
  const [isVolunteer, setVolunteer] = useState(initial.isVolunteer)
  const [skills, setSkills] = useState<string[]>(initial.skills)
  const [isPartyMember, setPartyMember] = useState(initial.isPartyMember)
  const { busy, error, run, fieldError } = useSubmit()

  const missing = [
    [!household, '请选择您的房屋'],
    [!relation, '请选择与房屋的关系'],
    [!name.trim(), '请填写姓名'],
    [!phoneCode, '请验证手机号'],
  ].find(([absent]) => absent)?.[1] as string | undefined

  /** Resolves true when the registration was saved. */
  const submit = async (): Promise<boolean> => {
    if (!household || !relation || !phoneCode) return false
    const input = {
      householdId: household.householdId,
      relation,
      name: name.trim(),
      isVolunteer,
      skills,
      isPartyMember,
    }
    return (
      (await run(async () => {
        const { phoneToken } = await call('station', 'verifyPhone', { code: phoneCode })
        return call('station', 'register', { ...input, phoneToken })
      })) !== null
    )
  }

  const phoneError = ['code', 'phoneToken', 'phone'].map(fieldError).find(Boolean) ?? null

  return {
    phoneError,
    household,
    setHousehold,
    relation,
    setRelation,
    name,
    setName,
    phoneCode,
    setPhoneCode,
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
