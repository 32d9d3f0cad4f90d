/** The compose form's draft, what it checks before sending, and the post it becomes. */
import type { InputOf } from '@contract/api'
import type { NoticeCategory, NoticeUrgency } from '@contract/notice'
import { NOTICE_LIMITS } from '@contract/limits'
import type { LocalImage, Problems } from '@/data'

export interface Draft {
  title: string
  body: string
  category: NoticeCategory | null
  urgency: NoticeUrgency
  pinned: boolean
  /** '' : until withdrawn. */
  expiresOn: string
  /** The whole station (staff only). */
  all: boolean
  buildingIds: string[]
  /** Units of the one chosen building; empty for the whole building. */
  units: number[]
  /** Photos picked on this phone, uploaded when posting. */
  images: LocalImage[]
}

export const emptyDraft = (): Draft => ({
  title: '',
  body: '',
  category: null,
  urgency: 'normal',
  pinned: false,
  expiresOn: '',
  all: false,
  buildingIds: [],
  units: [],
  images: [],
})

export function check(d: Draft): Problems {
  const problems: Problems = {}
  if (!d.title.trim()) problems.title = '请填写「标题」'
  if (!d.body.trim()) problems.body = '请填写「正文」'
  if (!d.category) problems.category = '请选择「类别」'
  if (!d.all && d.buildingIds.length === 0) problems.target = '请选择发给哪些楼栋'
  return problems
}

/** A made-up token per form, so tapping 发布 again after a lost answer posts the same notice. */
export const newToken = () => `f${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`

export function toPost(d: Draft, clientToken: string, images: string[]): InputOf<'notice', 'post'> {
  const units = d.buildingIds.length === 1 ? d.units : []
  return {
    clientToken,
    title: d.title.trim().slice(0, NOTICE_LIMITS.titleMax),
    body: d.body.trim(),
    category: d.category!,
    urgency: d.urgency,
    pinned: d.pinned,
    images,
    ...(d.expiresOn ? { expiresOn: d.expiresOn } : {}),
    target: d.all ? { all: true } : { buildings: d.buildingIds.map((buildingId) => ({ buildingId, units })) },
  }
}
