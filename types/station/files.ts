/** Uploading images: where the app may put a file of each kind, and the limits it must meet. */
import * as z from 'zod'
import { returns } from '../contract'
import { flag, oneOf } from '../fields'
import { MEMBER_FILE_KINDS } from '../files'
import type { UploadTarget } from '../files'

export const fileActions = {
  uploadTarget: {
    input: z.object({
      kind: oneOf('图片用途', MEMBER_FILE_KINDS),
      /** For something published anonymously: a folder that does not name the uploader. */
      anonymous: flag('匿名').default(false),
    }),
    output: returns<UploadTarget>(),
  },
}
