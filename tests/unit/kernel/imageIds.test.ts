import * as z from 'zod'
import { validate } from '../../../cloudfunctions/_kernel/validate'
import { AppError } from '../../../cloudfunctions/_kernel/errors'
import { imageIds } from '../../../types/files'

const schema = z.object({ images: imageIds('wish') })
const id = (n: number) => `cloud://local.6c6f-local-1300000000/stations/s/wish/abc/${n}.png`

function errorOf(input: unknown): AppError {
  try {
    validate(schema, input)
  } catch (err) {
    return err as AppError
  }
  throw new Error('expected an error')
}

describe("an action's list of uploaded images", () => {
  test('defaults to none and passes cloud file ids through', () => {
    expect(validate(schema, {})).toEqual({ images: [] })
    expect(validate(schema, { images: [id(1), id(2)] })).toEqual({ images: [id(1), id(2)] })
  })

  test("more than the kind allows is refused on the list, in the kind's words", () => {
    const e = errorOf({ images: [1, 2, 3, 4].map(id) })
    expect([e.code, e.field, e.message]).toEqual(['INVALID_INPUT', 'images', '心愿图片最多3张'])
  })

  test('something that is not a file id is refused at its place', () => {
    const e = errorOf({ images: [id(1), 'data:image/png;base64,AAAA'] })
    expect([e.field, e.message]).toEqual(['images.1', '图片格式不对，请重新上传'])
    expect(errorOf({ images: [id(1), 7] }).field).toBe('images.1')
  })
})
