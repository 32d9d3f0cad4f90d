/**
 * Content security for everything residents (and staff) publish. WeChat requires a UGC
 * mini-program to filter it: text through `security.msgSecCheck` (version 2, with the posting
 * person's openid and a scene), images through `security.mediaCheckAsync`, whose verdict arrives
 * later by message push (handled in the `platform` function: `onMediaVerdict`).
 *
 * Text: `risky` is refused with CONTENT_REJECTED naming the field, before anything is written;
 * `review` is accepted and reported, so the action can mark the item for staff to look at. When
 * the check itself fails (quota, network) the post is refused too — publishing unchecked text is
 * not an option — with a message that says to try again.
 *
 * Locally the same calls reach the stand-in in localcloud/openapi/security.ts (documented test
 * words refuse a post; a marked image is found risky a moment later).
 */
import type { FileDoc } from '../../../types/entities'
import type { StationCtx } from '../action'
import { openapi } from '../cloud'
import { AppError } from '../errors'
import { globalCollection } from '../repo'
import { tempUrls } from '../storage-probe'

/** WeChat's scenes: 1 profile, 2 comment, 3 forum, 4 social log. */
export const SCENE = { profile: 1, comment: 2, forum: 3, social: 4 } as const
export type Scene = (typeof SCENE)[keyof typeof SCENE]

export interface TextToCheck {
  /** The input field, for the error (`title`, `body`, `services.2`). */
  field: string
  text: string
}

const MAX_CHARS = 2500

/** Checks each non-empty text; answers whether any needs a person's review. */
export async function checkTexts(
  ctx: Pick<StationCtx, 'openid'>,
  texts: readonly TextToCheck[],
  scene: Scene,
): Promise<{ review: boolean }> {
  let review = false
  for (const { field, text } of texts) {
    for (let i = 0; i < text.length; i += MAX_CHARS) {
      const suggest = await verdict(ctx.openid, text.slice(i, i + MAX_CHARS), scene)
      if (suggest === 'risky')
        throw new AppError('CONTENT_REJECTED', '这段文字含有不适合发布的内容，请修改后再提交', field)
      if (suggest === 'review') review = true
    }
  }
  return { review }
}

async function verdict(openid: string, content: string, scene: Scene): Promise<string> {
  if (!content.trim()) return 'pass'
  try {
    const res = await openapi().security.msgSecCheck({ openid, scene, version: 2, content })
    return res.result?.suggest ?? 'pass'
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', what: 'msgSecCheck failed', error: String(err) }))
    throw new AppError('RATE_LIMITED', '内容安全检查暂时不可用，请稍后再提交')
  }
}

/**
 * Sends newly attached images for the asynchronous check: each file is marked `pending` with its
 * trace id; `onMediaVerdict` marks it `pass` or `risky` when WeChat pushes the verdict, and a
 * risky file is no longer handed out (storage `urlsFor`).
 */
export async function checkImages(ctx: Pick<StationCtx, 'openid'>, files: readonly FileDoc[], scene: Scene) {
  if (files.length === 0) return
  const urls = await tempUrls(
    files.map((f) => f.fileID),
    24 * 3600,
  )
  for (const file of files) {
    const url = urls.get(file.fileID)
    if (!url) continue
    try {
      const res = await openapi().security.mediaCheckAsync({
        media_url: url,
        media_type: 2,
        version: 2,
        scene,
        openid: ctx.openid,
      })
      await globalCollection('files').updateById(file._id, { check: 'pending', traceId: res.trace_id })
    } catch (err) {
      // The image stays up unchecked; staff still see and can hide it. Logged for the operator.
      console.error(
        JSON.stringify({
          level: 'warn',
          what: 'mediaCheckAsync failed',
          fileID: file.fileID,
          error: String(err),
        }),
      )
    }
  }
}

export interface MediaVerdict {
  trace_id?: string
  result?: { suggest?: string; label?: number }
}

/** WeChat's push with an image verdict: record it on the file. Answers how many files it matched. */
export async function onMediaVerdict(event: MediaVerdict): Promise<number> {
  const suggest = event.result?.suggest
  if (!event.trace_id || !suggest) return 0
  const check = suggest === 'risky' ? 'risky' : suggest === 'review' ? 'review' : 'pass'
  return globalCollection('files').update({ traceId: event.trace_id }, { check, checkedAt: new Date() })
}
