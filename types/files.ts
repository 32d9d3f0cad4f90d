/**
 * Images kept in cloud storage: what each kind of file may be. The server enforces these when a
 * function attaches files to an item (cloudfunctions/_kernel/storage.ts); the app learns them from
 * `station.uploadTarget` before it uploads, so both ends read the same numbers.
 */
import * as z from 'zod'

/** Image types accepted, judged by the file's bytes, never by its name. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

/** Kinds of file a person uploads from the app, and kinds only a function makes. */
export const MEMBER_FILE_KINDS = ['topic', 'wish', 'fulfilment', 'notice', 'activity', 'reward'] as const
export const SERVER_FILE_KINDS = ['poster'] as const
export type MemberFileKind = (typeof MEMBER_FILE_KINDS)[number]
export type FileKind = MemberFileKind | (typeof SERVER_FILE_KINDS)[number]

export interface FileKindRule {
  /** Plain Chinese, as in "议题图片最多9张". */
  label: string
  /** Files per item. */
  maxCount: number
  /** Bytes per file. */
  maxBytes: number
  types: readonly ImageType[]
}

const MB = 1024 * 1024

/** Photos from a phone: WeChat's `sizeType: ['compressed']` keeps them well under this. */
const PHOTO = { maxBytes: 5 * MB, types: IMAGE_TYPES } as const

export const FILE_KINDS: Record<FileKind, FileKindRule> = {
  poster: { label: '驿站二维码', maxCount: 1, maxBytes: 1 * MB, types: ['image/png'] },
  topic: { label: '议题图片', maxCount: 9, ...PHOTO },
  wish: { label: '心愿图片', maxCount: 3, ...PHOTO },
  fulfilment: { label: '心愿实现照片', maxCount: 6, ...PHOTO },
  notice: { label: '通知图片', maxCount: 9, ...PHOTO },
  activity: { label: '活动封面', maxCount: 1, ...PHOTO },
  reward: { label: '优惠券图片', maxCount: 1, ...PHOTO },
}

export function isMemberFileKind(kind: string): kind is MemberFileKind {
  return (MEMBER_FILE_KINDS as readonly string[]).includes(kind)
}

/** Where the app puts an upload and what it may be: the answer of `station.uploadTarget`. */
export interface UploadTarget {
  kind: MemberFileKind
  /** `stations/<stationId>/<kind>/<owner key>/`: the app appends `<namePrefix><random>.<jpg|png|webp>`. */
  prefix: string
  /** '' for the caller's own folder; for an anonymous upload, the nonce the names start with. */
  namePrefix: string
  maxCount: number
  maxBytes: number
  types: ImageType[]
}

/**
 * An action's input list of uploaded file ids: `images: imageIds('topic')`. Checks the shape and
 * the count; what each file is, and whose, is `attach`'s job on the server.
 */
export function imageIds(kind: FileKind) {
  const rule = FILE_KINDS[kind]
  const fileId = z
    .string({ error: '图片格式不对，请重新上传' })
    .max(1024, { error: '图片格式不对，请重新上传' })
    .regex(/^cloud:\/\/\S+$/, { error: '图片格式不对，请重新上传' })
  return z
    .array(fileId, { error: `「${rule.label}」格式不对` })
    .max(rule.maxCount, { error: `${rule.label}最多${rule.maxCount}张` })
    .default([])
}
