/**
 * The registration form: its draft, what is still missing (all of it shown at once, each line
 * gone when fixed), and the submission. The phone number comes from the phone field
 * (usePhoneVerification: WeChat's button exchanged at once, a typed fallback, or the number
 * verified before, which someone editing a registration is not asked for again).
 */
import { useEffect } from 'react'
import type { Relation } from '@contract/entities'
import { PERSON_LIMITS } from '@contract/limits'
import type { MemberSelf } from '@contract/station'
import type { Problems } from '@/data'
import { useForm, useMutation } from '@/data'
import type { PickedHousehold } from '../components/household/HouseholdPicker'
import { phoneInput } from '../components/phoneChoice'
import type { PhoneVerification } from '../components/usePhoneVerification'
import { usePhoneVerification } from '../components/usePhoneVerification'

export interface RegistrationDraft {
  household: PickedHousehold | null
  relation: Relation | null
  name: string
  isVolunteer: boolean
  skills: string[]
  isPartyMember: boolean
}

/** The server names these fields for phone problems; all show under the phone field. */
const PHONE_FIELDS = ['phone', 'phoneToken', 'code']
const FIELDS = ['householdId', 'relation', 'name', 'skills', ...PHONE_FIELDS]

const EMPTY: RegistrationDraft = {
  household: null,
  relation: null,
  name: '',
  isVolunteer: false,
  skills: [],
  isPartyMember: false,
}

/** Editing a registration starts from it: its home (building and unit marked), name, relation. */
function initialFrom(current: MemberSelf | null): RegistrationDraft {
  if (!current) return EMPTY
  const { household: h, relation, name, isVolunteer, skills, isPartyMember } = current
  const household = h
    ? { householdId: h.householdId, buildingId: h.buildingId, unit: h.unit, label: h.label }
    : null
  return { ...EMPTY, household, relation, name, isVolunteer, skills, isPartyMember }
}

/** What the phone field still needs, said before anything is sent. */
function phoneProblem(phone: PhoneVerification): string | undefined {
  if (phone.choice || phone.exchanging) return undefined
  const typed = phone.typed.length
  if (typed > 0 && typed < 11) return `手机号应是11位数字，现在是${typed}位`
  if (typed === 11) return undefined
  const button = process.env.TARO_ENV === 'weapp' && phone.mode === 'button'
  return button ? '请点“微信手机号快捷填写”，或自己填写手机号' : '请填写手机号'
}

function check(phone: PhoneVerification) {
  return (d: RegistrationDraft): Problems => ({
    householdId: d.household ? undefined : '请选择您的房屋',
    relation: d.relation ? undefined : '请选择您与房屋的关系',
    name: d.name.trim() ? undefined : '请填写您的姓名',
    phone: phoneProblem(phone),
  })
}

export function useRegistrationForm(current: MemberSelf | null, phoneOnFile: string | null) {
  // A number WeChat verified for this person (here or at another station) is reused unless they change it.
  const phone = usePhoneVerification(phoneOnFile ?? undefined)
  const register = useMutation('station', 'register', {
    fields: FIELDS,
    invalidates: ['station.me', 'station.myStations'],
  })
  const form = useForm(() => initialFrom(current), { check: check(phone), mutations: [register] })
  // The server no longer accepts that verification: the field asks for the number again, and says why.
  useEffect(() => {
    if (register.error?.field === 'phoneToken') phone.clear(register.error.message)
  }, [register.error])
  // A new number: what the server said about the old one no longer applies.
  useEffect(() => {
    register.clear('phone')
  }, [phone.typed, phone.choice])

  /** Resolves true when the registration was saved. */
  const submit = async (): Promise<boolean> => {
    const saved = await form.submit(async (d) => {
      // A code that has just arrived is still being exchanged: wait for its token.
      const phoneFields = phoneInput(await phone.settled())
      if (phoneFields === 'expired') {
        phone.clear('手机号验证已超过30分钟，请再验证一次')
        return null
      }
      const done = await register.run({
        householdId: d.household!.householdId,
        relation: d.relation!,
        name: d.name.trim(),
        ...phoneFields,
        isVolunteer: d.isVolunteer,
        skills: d.isVolunteer ? d.skills : [],
        isPartyMember: d.isPartyMember,
      })
      return done
    })
    return saved !== null
  }

  return {
    ...form,
    phone,
    /** The phone's message: the app's check, or what the server said of the number. */
    phoneError: form.error('phone') ?? form.error('code'),
    nameMax: PERSON_LIMITS.nameMax,
    submit,
  }
}
