/**
 * Moving images between the phone and cloud storage (part of the data layer: it asks the
 * station where to put them, and is the only other code that talks to the cloud).
 * Up: the server says where and what (`station.uploadTarget`: the caller's own folder at the
 * station, and the kind's limits); the mini-program then uploads straight to cloud storage
 * (`Taro.cloud.uploadFile`) and H5 posts the bytes to the local cloud's stand-in
 * (`POST /api/storage/upload`). The file ids go to an action, which checks every file again on
 * the server (cloudfunctions/_kernel/storage.ts): the checks here only spare a wasted upload.
 * Down: a temporary URL's bytes, for saving an image.
 */
import Taro from '@tarojs/taro'
import type { ImageType, MemberFileKind, UploadTarget } from '@contract/files'
import { call } from '@/cloud/client'
import { devOpenid } from '@/platform/devIdentity'

/** A picked image: `Taro.chooseImage`'s `tempFiles` or `chooseMedia`'s items (`tempFilePath` → path). */
export interface LocalImage {
  path: string
  size?: number
}

export interface UploadProgress {
  /** The image being sent (0-based) and how many in all. */
  index: number
  total: number
  /** The whole batch, 0–100. */
  percent: number
}

/** A failure in plain Chinese; `index` names the image when one is to blame. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly index?: number,
  ) {
    super(message)
  }
}

const UPLOAD_TIMEOUT_MS = 60_000
const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}
const TYPE_NAMES: Record<ImageType, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
}

/**
 * Uploads the images one after another and answers their file ids, in order, for the action
 * that attaches them. Errors are UploadError (this image) or CallError (asking where failed).
 */
export async function uploadImages(
  stationId: string,
  kind: MemberFileKind,
  files: (LocalImage | string)[],
  onProgress?: (progress: UploadProgress) => void,
  options: { anonymous?: boolean } = {},
): Promise<string[]> {
  const list = files.map((f) => (typeof f === 'string' ? { path: f } : f))
  if (list.length === 0) return []
  // Asked first, every time: in the mini-program this call also initialises Taro.cloud. An
  // anonymous post gets a folder that does not name the uploader.
  const target = await call(
    'station',
    'uploadTarget',
    { kind, anonymous: !!options.anonymous },
    { stationId },
  )
  if (list.length > target.maxCount) throw new UploadError(`最多只能上传${target.maxCount}张图片`)
  const ids: string[] = []
  for (const [index, file] of list.entries()) {
    const report = (done: number) =>
      onProgress?.({ index, total: list.length, percent: Math.round(((index + done) / list.length) * 100) })
    report(0)
    ids.push(
      process.env.TARO_ENV === 'h5'
        ? await uploadH5(target, file, index, report)
        : await uploadWeapp(target, file, index, report),
    )
  }
  onProgress?.({ index: list.length - 1, total: list.length, percent: 100 })
  return ids
}

async function uploadWeapp(
  target: UploadTarget,
  file: LocalImage,
  index: number,
  report: (done: number) => void,
): Promise<string> {
  const type = typeFromName(file.path)
  check(target, type, file.size, index)
  const cloudPath = `${target.prefix}${target.namePrefix}${randomName()}.${EXTENSIONS[type!]}`
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath: file.path,
      success: (res) => resolve(res.fileID),
      fail: () => reject(new UploadError(`${nth(index)}没有传上去，请检查网络后重试`, index)),
    })
    task?.onProgressUpdate?.((p) => report(p.progress / 100))
  })
}

async function uploadH5(
  target: UploadTarget,
  file: LocalImage,
  index: number,
  report: (done: number) => void,
): Promise<string> {
  let blob: Blob
  try {
    blob = await (await fetch(file.path)).blob()
  } catch {
    throw new UploadError(`${nth(index)}读取失败，请重新选择`, index)
  }
  const type = (Object.keys(EXTENSIONS) as ImageType[]).find((t) => t === blob.type) ?? null
  check(target, type, blob.size, index)
  const cloudPath = `${target.prefix}${target.namePrefix}${randomName()}.${EXTENSIONS[type!]}`
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`)
    const openid = devOpenid()
    if (openid) xhr.setRequestHeader('X-Dev-OpenId', openid)
    xhr.setRequestHeader('content-type', blob.type)
    xhr.timeout = UPLOAD_TIMEOUT_MS
    xhr.upload.onprogress = (e) => e.lengthComputable && report(e.loaded / e.total)
    const networkError = () => reject(new UploadError(`${nth(index)}没有传上去，请检查网络后重试`, index))
    xhr.onerror = networkError
    xhr.ontimeout = networkError
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText)
        if (body.ok) return resolve(body.data.fileID)
        reject(new UploadError(`${nth(index)}：${body.error.message}`, index))
      } catch {
        networkError()
      }
    }
    xhr.send(blob)
  })
}

function check(target: UploadTarget, type: ImageType | null, size: number | undefined, index: number) {
  if (!type || !target.types.includes(type))
    throw new UploadError(
      `${nth(index)}不是${target.types.map((t) => TYPE_NAMES[t]).join('、')}格式，请换一张`,
      index,
    )
  if (size !== undefined && size > target.maxBytes)
    throw new UploadError(
      `${nth(index)}太大了，不能超过${+(target.maxBytes / 1024 / 1024).toFixed(1)}MB`,
      index,
    )
}

function typeFromName(path: string): ImageType | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase()
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg'
  if (ext === 'png') return 'image/png'
  if (ext === 'webp') return 'image/webp'
  return null
}

/** Unique enough that two uploads never share a name; ownership comes from the folder, not this. */
function randomName(): string {
  const random = Array.from({ length: 3 }, () => Math.random().toString(36).slice(2, 10)).join('')
  return `${Date.now().toString(36)}${random}`.slice(0, 40)
}

const nth = (index: number) => `第${index + 1}张图片`
