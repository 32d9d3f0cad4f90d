/** Uploading images: where the app may put a file of each kind, and the limits it must meet. */
import * as z from 'zod'
import { returns } from '../contract'
import { oneOf } from '../fields'
import { MEMBER_FILE_KINDS } from '../files'
import type { UploadTarget } from '../files'

export const fileActions = {
  uploadTarget: {
    input: z.object({ kind: oneOf('图片用途', MEMBER_FILE_KINDS) }),
    output: returns<UploadTarget>(),
  },
}
