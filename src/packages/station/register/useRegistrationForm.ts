/**
 * The registration form: its draft, what is still missing (all of it shown at once, each line
 * gone when fixed), and the submission — the phone code is exchanged for a verified number
 * first; someone editing a registration whose number was verified is not asked for it again.
 */
import type { Relation } from '@contract/entities'
import { PERSON_LIMITS } from '@contract/limits'
import type { MemberSelf } from '@contract/station'
import type { Problems } from '@/data'
import { useForm, useMutation } from '@/data'
import type { PickedHousehold } from '../components/household/HouseholdPicker'

export interface RegistrationDraft {
  household: PickedHousehold | null
  relation: Relation | null
  name: string
  /** The phone button's one-time code (locally: `local:<typed number>`). */
  phone: string | null
  /** Asked for a new number although one was verified before. */
  changePhone: boolean
  isVolunteer: boolean
  skills: string[]
  isPartyMember: boolean
}

const FIELDS = ['householdId', 'relation', 'name', 'phone', 'phoneToken', 'code', 'skills']

const EMPTY: RegistrationDraft = {
  household: null,
  relation: null,
  name: '',
  phone: null,
  changePhone: false,
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

/** A number already verified for this registration is used again unless they change it. */
export const keepsPhone = (current: MemberSelf | null, d: RegistrationDraft) =>
  !!current?.phoneVerified && !!current.phoneMasked && !d.changePhone

function check(current: MemberSelf | null) {
  return (d: RegistrationDraft): Problems => {
    const typed = d.phone?.startsWith('local:') ? d.phone.slice('local:'.length) : null
    return {
      householdId: d.household ? undefined : '请选择您的房屋',
      relation: d.relation ? undefined : '请选择您与房屋的关系',
      name: d.name.trim() ? undefined : '请填写您的姓名',
      phone: keepsPhone(current, d) ? undefined : phoneProblem(d.phone, typed),
    }
  }
}

function phoneProblem(code: string | null, typed: string | null): string | undefined {
  if (!code) return process.env.TARO_ENV === 'weapp' ? '请点上面的按钮获取手机号' : '请填写手机号'
  if (typed !== null && !/^1\d{10}$/.test(typed)) return `手机号应是11位数字，现在是${typed.length}位`
  return undefined
}

export function useRegistrationForm(current: MemberSelf | null) {
  const verifyPhone = useMutation('station', 'verifyPhone', { fields: FIELDS })
  const register = useMutation('station', 'register', {
    fields: FIELDS,
    invalidates: ['station.me', 'station.myStations'],
  })
  const form = useForm(() => initialFrom(current), {
    check: check(current),
    mutations: [verifyPhone, register],
  })

  /** Resolves true when the registration was saved. */
  const submit = async (): Promise<boolean> => {
    const saved = await form.submit(async (d) => {
      let phoneToken: string | undefined
      if (!keepsPhone(current, d) && d.phone) {
        const verified = await verifyPhone.run({ code: d.phone })
        if (!verified) return null
        phoneToken = verified.phoneToken
      }
      return register.run({
        householdId: d.household!.householdId,
        relation: d.relation!,
        name: d.name.trim(),
        phoneToken,
        isVolunteer: d.isVolunteer,
        skills: d.isVolunteer ? d.skills : [],
        isPartyMember: d.isPartyMember,
      })
    })
    return saved !== null
  }

  return {
    ...form,
    /** A new code (or typed number): the server's word about the old one no longer applies. */
    setPhone(code: string | null) {
      form.set({ phone: code })
      verifyPhone.clear()
    },
    /** The phone's message: the app's check, or what the server said of the code or token. */
    phoneError: form.error('phone') ?? form.error('code') ?? form.error('phoneToken'),
    keepsPhone: keepsPhone(current, form.draft),
    nameMax: PERSON_LIMITS.nameMax,
    submit,
  }
}
