/**
 * Images in cloud storage, for every domain. The app uploads a file into its own folder
 * (types/storage-paths.ts) and sends the file ids (input schema `imageIds(kind)`, types/files.ts); an
 * action then:
 * - `attach(ctx, fileIDs, spec)` before it writes its record: each id must be this station's and
 *   the caller's (by its path), really a JPEG/PNG/WebP within the size limit (by its first bytes
 *   and its size, read with one tiny ranged request: storage-probe.ts), and no more than the
 *   kind allows. Otherwise INVALID_INPUT names the field (`images.2`) in plain Chinese and
 *   nothing is written. Accepted files are recorded in `files` against the item.
 * - `urlsFor(ctx, fileIDs)` when it answers: temporary URLs, made only for files recorded for the
 *   caller's station. Call it only after the action has decided the caller may read the item.
 * - `replace(ctx, fileIDs, spec, write)` / `detach(ctx, item)` when images change or the item goes:
 *   files no longer used are deleted from storage.
 * - `storeGenerated(ctx, bytes, spec)` for a file the function makes itself (the station poster).
 */
import type { FileDoc } from '../../types/entities'
import { FILE_KINDS } from '../../types/files'
import type { FileKind, ImageType, MemberFileKind, UploadTarget } from '../../types/files'
import type { StationCtx } from './action'
import { database, sdk } from './cloud'
import { invalid, isDuplicateKey } from './errors'
import { imageTypeOf, probeFiles, tempUrls } from './storage-probe'
import type { Probe } from './storage-probe'
import {
  anonymousTarget,
  isOwnedBy,
  memberPrefix,
  parseStoragePath,
  serverPath,
  splitFileId,
} from '../../types/storage-paths'

/** How long a temporary URL answered to the app stays valid (the cloud allows up to a day). */
export const URL_SECONDS = 2 * 3600

export interface ItemRef {
  /** What kind of record shows the files, e.g. `topic`; with its id. */
  itemType: string
  itemId: string
}

export interface AttachSpec extends ItemRef {
  kind: FileKind
  /** The input field the ids arrived in, for errors such as `images.2`; default `images`. */
  field?: string
  /** Tighter limits than the kind's (types/files.ts), when an action needs them. */
  maxCount?: number
  maxBytes?: number
  types?: readonly ImageType[]
}

const TYPE_NAMES: Record<ImageType, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
}
const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

function ruleOf(spec: AttachSpec) {
  const kind = FILE_KINDS[spec.kind]
  return {
    label: kind.label,
    maxCount: Math.min(spec.maxCount ?? kind.maxCount, kind.maxCount),
    maxBytes: Math.min(spec.maxBytes ?? kind.maxBytes, kind.maxBytes),
    types: (spec.types ?? kind.types).filter((t) => kind.types.includes(t)),
  }
}

/**
 * Where the caller uploads files of this kind at this station, and what they may be. `anonymous`:
 * a fresh folder that does not name the uploader (types/storage-paths.ts `anonymousTarget`).
 */
export function uploadTarget(ctx: StationCtx, kind: MemberFileKind, anonymous = false): UploadTarget {
  const rule = FILE_KINDS[kind]
  const where = anonymous
    ? anonymousTarget(ctx.station._id, kind, ctx.openid)
    : { prefix: memberPrefix(ctx.station._id, kind, ctx.openid), namePrefix: '' }
  return {
    kind,
    ...where,
    maxCount: rule.maxCount,
    maxBytes: rule.maxBytes,
    types: [...rule.types],
  }
}

/**
 * Accepts the caller's uploaded files for an item and records them; ids already recorded for this
 * same item pass unchecked (an edit that keeps some images). Answers the records in input order.
 */
export async function attach(
  ctx: StationCtx,
  fileIDs: readonly string[],
  spec: AttachSpec,
): Promise<FileDoc[]> {
  return (await attachNew(ctx, fileIDs, spec)).docs
}

type Rule = ReturnType<typeof ruleOf>

/** `attach`, also answering which records this call added. */
async function attachNew(
  ctx: StationCtx,
  fileIDs: readonly string[],
  spec: AttachSpec,
): Promise<{ docs: FileDoc[]; added: FileDoc[] }> {
  const rule = ruleOf(spec)
  const field = spec.field ?? 'images'
  if (fileIDs.length > rule.maxCount) throw invalid(field, `${rule.label}最多${rule.maxCount}张`)
  const known = await recordsOf(ctx, fileIDs)
  const fresh = newUploads(ctx, fileIDs, spec, field, known)
  const probes = await probeFiles(
    fresh.map((i) => fileIDs[i]),
    rule.maxBytes,
  )
  probes.forEach((probe, n) => judge(probe, fresh[n], rule, field))
  const added = await recordAll(ctx, spec, probes, fresh, field)
  for (const doc of added) known.set(doc.fileID, doc)
  return { docs: fileIDs.map((fileID) => known.get(fileID)!), added }
}

/** Positions of the ids not yet recorded for this item, each checked to be the caller's upload here. */
function newUploads(
  ctx: StationCtx,
  fileIDs: readonly string[],
  spec: AttachSpec,
  field: string,
  known: Map<string, FileDoc>,
): number[] {
  const fresh: number[] = []
  fileIDs.forEach((fileID, i) => {
    const where = `${field}.${i}`
    if (fileIDs.indexOf(fileID) !== i) throw invalid(where, `${nth(i)}和前面的图片重复了`)
    const doc = known.get(fileID)
    if (doc && (doc.itemType !== spec.itemType || doc.itemId !== spec.itemId || doc.kind !== spec.kind))
      throw invalid(where, `${nth(i)}已经用在别处了，请重新上传`)
    if (doc) return
    if (!uploadedByCaller(ctx, fileID, spec.kind))
      throw invalid(where, `${nth(i)}不是您在本驿站上传的，请重新上传`)
    fresh.push(i)
  })
  return fresh
}

function judge(probe: Probe, i: number, rule: Rule, field: string) {
  const where = `${field}.${i}`
  if (!probe.exists) throw invalid(where, `${nth(i)}没有上传成功，请重新上传`)
  if (!probe.mime || !rule.types.includes(probe.mime))
    throw invalid(
      where,
      `${nth(i)}不是${rule.types.map((t) => TYPE_NAMES[t]).join('、')}格式的图片，请换一张`,
    )
  if (probe.bytes > rule.maxBytes)
    throw invalid(where, `${nth(i)}太大了，不能超过${sizeText(rule.maxBytes)}，请换一张或裁剪后再试`)
}

/** Records every judged file, or none: a failure undoes this call's records before answering. */
async function recordAll(
  ctx: StationCtx,
  spec: AttachSpec,
  probes: Probe[],
  fresh: number[],
  field: string,
): Promise<FileDoc[]> {
  const added: FileDoc[] = []
  for (const [n, probe] of probes.entries()) {
    try {
      added.push(await record(ctx, spec, probe.fileID, probe.bytes, probe.mime!, true))
    } catch (err) {
      if (added.length) await ctx.db.files.remove({ _id: database().command.in(added.map((d) => d._id)) })
      // Two requests attaching the same upload at once: the unique index lets one win.
      const i = fresh[n]
      if (isDuplicateKey(err)) throw invalid(`${field}.${i}`, `${nth(i)}已经用在别处了，请重新上传`)
      throw err
    }
  }
  return added
}

/**
 * Temporary URLs in input order ('' for a file that is not this station's or is gone). Only call
 * it for items the caller may read: the URL itself is the permission.
 */
export async function urlsFor(
  ctx: StationCtx,
  fileIDs: readonly string[],
  maxAgeSeconds = URL_SECONDS,
): Promise<string[]> {
  const known = await recordsOf(ctx, fileIDs)
  // An image WeChat's check found risky is never handed out again.
  for (const [fileID, doc] of known) if (doc.check === 'risky') known.delete(fileID)
  const urls = await tempUrls([...known.keys()], maxAgeSeconds)
  for (const fileID of known.keys())
    if (!urls.has(fileID)) log('warn', 'a recorded file is missing from storage', { fileID })
  return fileIDs.map((fileID) => urls.get(fileID) ?? '')
}

/**
 * `attach`, then the item's own write, then deleting the item's files no longer in `fileIDs`.
 * Use it for creating an item too: should the write fail, the records just added are undone (the
 * files stay), so the person can send the same images again, with a new item id.
 */
export async function replace<T>(
  ctx: StationCtx,
  fileIDs: readonly string[],
  spec: AttachSpec,
  write: () => Promise<T>,
): Promise<T> {
  const { added } = await attachNew(ctx, fileIDs, spec)
  let result: T
  try {
    result = await write()
  } catch (err) {
    if (added.length) await ctx.db.files.remove({ _id: database().command.in(added.map((d) => d._id)) })
    throw err
  }
  await detach(ctx, spec, fileIDs)
  return result
}

/**
 * Deletes the item's files except `keep`, records first: a failed storage delete leaves an
 * orphan file (logged), never a record pointing at nothing. Answers the deleted ids.
 */
export async function detach(
  ctx: StationCtx,
  item: ItemRef,
  keep: readonly string[] = [],
): Promise<string[]> {
  const docs = await ctx.db.files.find({ itemType: item.itemType, itemId: item.itemId }, { limit: 1000 })
  const gone = docs.filter((doc) => !keep.includes(doc.fileID))
  if (gone.length === 0) return []
  await ctx.db.files.remove({ _id: database().command.in(gone.map((doc) => doc._id)) })
  const fileIDs = gone.map((doc) => doc.fileID)
  await deleteStored(fileIDs)
  return fileIDs
}

/** Uploads a file the function made (never one from the app) and records it for the item. */
export async function storeGenerated(
  ctx: StationCtx,
  bytes: Buffer,
  spec: ItemRef & { kind: FileKind },
): Promise<FileDoc> {
  const rule = ruleOf(spec)
  const mime = imageTypeOf(bytes)
  // A function's own output out of bounds is a programming error, not the caller's.
  if (!mime || !rule.types.includes(mime) || bytes.length > rule.maxBytes)
    throw new Error(`generated ${spec.kind} file is ${mime ?? 'not an image'} of ${bytes.length} bytes`)
  const cloudPath = serverPath(ctx.station._id, spec.kind, EXTENSIONS[mime])
  const { fileID } = await sdk().uploadFile({ cloudPath, fileContent: bytes })
  return record(ctx, spec, fileID, bytes.length, mime, false)
}

async function record(
  ctx: StationCtx,
  spec: ItemRef & { kind: FileKind },
  fileID: string,
  bytes: number,
  mime: ImageType,
  byCaller: boolean,
): Promise<FileDoc> {
  return ctx.db.files.insert({
    fileID,
    kind: spec.kind,
    itemType: spec.itemType,
    itemId: spec.itemId,
    ownerMemberId: byCaller ? (ctx.actor?._id ?? null) : null,
    ownerOpenid: byCaller ? ctx.openid : null,
    bytes,
    mime,
    check: 'none',
    traceId: null,
    checkedAt: null,
    createdAt: ctx.now,
  })
}

/** This station's records of these ids (another station's read as absent). */
async function recordsOf(ctx: StationCtx, fileIDs: readonly string[]): Promise<Map<string, FileDoc>> {
  const ids = [...new Set(fileIDs.filter((id) => typeof id === 'string'))]
  const out = new Map<string, FileDoc>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const docs = await ctx.db.files.find({ fileID: database().command.in(chunk) }, { limit: chunk.length })
    for (const doc of docs) out.set(doc.fileID, doc)
  }
  return out
}

/** The path says: this environment, this station, this kind, this caller. */
function uploadedByCaller(ctx: StationCtx, fileID: string, kind: FileKind): boolean {
  const parts = splitFileId(fileID)
  if (!parts) return false
  const env = sdk().getWXContext().ENV
  if (typeof env === 'string' && env && parts.env !== env) return false
  const path = parseStoragePath(parts.cloudPath)
  return !!path && path.stationId === ctx.station._id && path.kind === kind && isOwnedBy(path, ctx.openid)
}

async function deleteStored(fileIDs: string[]) {
  for (let i = 0; i < fileIDs.length; i += 50) {
    const chunk = fileIDs.slice(i, i + 50)
    try {
      const res = await sdk().deleteFile({ fileList: chunk })
      for (const item of res?.fileList ?? [])
        if (item.status !== 0) log('warn', 'storage kept a file it was asked to delete', item)
    } catch (err) {
      log('error', 'deleting files from storage failed', {
        fileIDs: chunk,
        error: String((err as Error)?.message ?? err),
      })
    }
  }
}

const nth = (i: number) => `第${i + 1}张图片`

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)}MB`
  return bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)}KB` : `${bytes}字节`
}

function log(level: 'warn' | 'error', message: string, detail: unknown) {
  console[level](JSON.stringify({ level, where: 'storage', message, detail }))
}
