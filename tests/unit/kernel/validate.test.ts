import { stationContract } from '../../../types/station'
import { validate } from '../../../cloudfunctions/_kernel/validate'
import { AppError } from '../../../cloudfunctions/_kernel/errors'

function errorOf(fn: () => unknown): AppError {
  try {
    fn()
  } catch (err) {
    return err as AppError
  }
  throw new Error('expected an error')
}

describe('input validation names the field in plain Chinese', () => {
  test('a missing field', () => {
    const e = errorOf(() =>
      validate(stationContract.register.input, { relation: 'owner', name: '张三', phone: '13912345678' }),
    )
    expect(e).toBeInstanceOf(AppError)
    expect(e.code).toBe('INVALID_INPUT')
    expect(e.field).toBe('householdId')
    expect(e.message).toMatch(/房屋/)
  })

  test('a wrong type', () => {
    const e = errorOf(() => validate(stationContract.listRooms.input, { buildingId: 'b1', unit: '二' }))
    expect(e.field).toBe('unit')
    expect(e.message).toBe('「单元」应填写数字')
  })

  test('too long', () => {
    const e = errorOf(() =>
      validate(stationContract.register.input, {
        householdId: 'h1',
        relation: 'owner',
        name: '名'.repeat(21),
        phone: '13912345678',
      }),
    )
    expect(e.field).toBe('name')
    expect(e.message).toBe('「姓名」不能超过20个字')
  })

  test('a nested path in a list', () => {
    const e = errorOf(() =>
      validate(stationContract.updateProfile.input, {
        name: '驿站',
        address: '地址',
        openingHours: '9-5',
        services: [],
        rooms: [],
        team: [
          { name: '甲', post: 'stationHead', title: '站长' },
          { name: '乙', post: 'boss', title: 'x' },
        ],
      }),
    )
    expect(e.field).toBe('team.1.post')
  })

  test('a rejection without a reason is refused on the reason field', () => {
    const e = errorOf(() => validate(stationContract.verify.input, { memberId: 'm1', decision: 'reject' }))
    expect(e.field).toBe('reason')
  })

  test('valid input comes back trimmed with defaults, unknown keys (like an openid) dropped', () => {
    const out = validate(stationContract.register.input, {
      householdId: 'h1',
      relation: 'owner',
      name: ' 张三 ',
      phoneToken: 'c',
      openid: 'someone-else',
    })
    expect(out).toEqual({
      householdId: 'h1',
      relation: 'owner',
      name: '张三',
      phoneToken: 'c',
      isVolunteer: false,
      skills: [],
      isPartyMember: false,
    })
  })
})
