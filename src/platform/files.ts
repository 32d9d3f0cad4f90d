/**
 * Handing a file to the person: a CSV table or a PNG image, in two steps (platform/tap.ts).
 * `prepareCsv` / `preparePng` do the slow part — write the file to the user data folder, or
 * download the image — and the person's next tap runs `sendFile` (CSV to a chat) or `saveImage`
 * (PNG to the album), whose WeChat call starts before anything is awaited. In H5 the same tap
 * downloads the file. Each platform's branch is dropped from the other's build.
 */
import Taro from '@tarojs/taro'
import { privacyMessage, refusalOf } from './privacy'
import { inTap } from './tap'
import type { Tap } from './tap'

/**
 * What happened, so the page can say it in words:
 * `downloaded` (H5), `shared` (sent to a chat), `saved` (in the album), `kept` (only written
 * to `path`, e.g. sharing is unsupported on this client), `cancelled` (the person backed out).
 */
export type SaveOutcome =
  { kind: 'downloaded' | 'shared' | 'saved' | 'cancelled' } | { kind: 'kept'; path: string }

export class SaveError extends Error {
  /** True when only WeChat's settings page can help (the person turned the permission off). */
  constructor(
    message: string,
    readonly needsSetting = false,
  ) {
    super(message)
  }
}

/** A file ready for the next tap: a local path in weapp, an object URL in H5. */
export interface ReadyFile {
  name: string
  path: string
}

/** Spreadsheet programs read UTF-8 Chinese correctly only with a BOM. */
const BOM = '\ufeff'

export async function prepareCsv(filename: string, csv: string): Promise<ReadyFile> {
  const name = safeName(filename, '.csv')
  const text = csv.startsWith(BOM) ? csv : BOM + csv
  if (process.env.TARO_ENV === 'h5')
    return { name, path: objectUrl(new Blob([text], { type: 'text/csv;charset=utf-8' })) }
  if (process.env.TARO_ENV === 'weapp') return { name, path: await writeUserFile(name, text, 'utf8') }
  throw new SaveError('当前环境不支持导出文件')
}

/** The image as PNG data (base64, no `data:` prefix), or where it is stored: an https URL or a `cloud://` file id. */
export type PngSource = { base64: string } | { url: string }

export async function preparePng(source: PngSource, filename: string): Promise<ReadyFile> {
  const name = safeName(filename, '.png')
  if (process.env.TARO_ENV === 'h5') {
    if ('url' in source) return { name, path: source.url }
    const bytes = Uint8Array.from(atob(source.base64), (c) => c.charCodeAt(0))
    return { name, path: objectUrl(new Blob([bytes], { type: 'image/png' })) }
  }
  if (process.env.TARO_ENV === 'weapp') {
    if ('url' in source) return { name, path: await download(source.url) }
    return { name, path: await writeUserFile(name, source.base64, 'base64') }
  }
  throw new SaveError('当前环境不支持保存图片')
}

/** Call from a tap: a CSV to a chat (weapp) or a download (H5; browsers also want a user gesture). */
export function sendFile(tap: Tap, file: ReadyFile): Promise<SaveOutcome> {
  if (process.env.TARO_ENV === 'h5') return inTap(tap, 'shareFileMessage', () => downloadUrl(file))
  const sharing = inTap(tap, 'shareFileMessage', () =>
    Taro.shareFileMessage({ filePath: file.path, fileName: file.name }),
  )
  return sharing.then(
    (): SaveOutcome => ({ kind: 'shared' }),
    (err): SaveOutcome =>
      refusalOf(err) === 'cancelled' ? { kind: 'cancelled' } : { kind: 'kept', path: file.path },
  )
}

/** Call from a tap: a PNG to the photo album (weapp) or a download (H5). */
export function saveImage(tap: Tap, file: ReadyFile): Promise<SaveOutcome> {
  if (process.env.TARO_ENV === 'h5') return inTap(tap, 'saveImageToPhotosAlbum', () => downloadUrl(file))
  const saving = inTap(tap, 'saveImageToPhotosAlbum', () =>
    Taro.saveImageToPhotosAlbum({ filePath: file.path }),
  )
  return saving.then(
    (): SaveOutcome => ({ kind: 'saved' }),
    (err): SaveOutcome => {
      const outcome = albumError(err)
      if (outcome instanceof SaveError) throw outcome
      return outcome
    },
  )
}

function albumError(err: unknown): SaveError | SaveOutcome {
  const refusal = refusalOf(err)
  if (refusal === 'cancelled') return { kind: 'cancelled' }
  if (refusal === 'privacyRefused' || refusal === 'privacyUndeclared')
    return new SaveError(privacyMessage(refusal, '保存到相册'))
  if (refusal === 'scopeDenied')
    return new SaveError('您之前关闭了“保存到相册”的权限。请点下面的“打开设置”，允许后再保存', true)
  return new SaveError('保存到相册失败，请稍后再试')
}

/** Opens WeChat's settings for this mini-program (only from a tap). */
export function openSettings(tap: Tap): Promise<unknown> {
  return inTap(tap, 'openSetting', () => Taro.openSetting())
}

function objectUrl(blob: Blob): string {
  // Kept until the page closes: the person may tap 下载 more than once.
  return URL.createObjectURL(blob)
}

function downloadUrl(file: ReadyFile): Promise<SaveOutcome> {
  const a = document.createElement('a')
  a.href = file.path
  a.download = file.name
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  document.body.removeChild(a)
  return Promise.resolve({ kind: 'downloaded' })
}

function writeUserFile(name: string, data: string, encoding: 'utf8' | 'base64'): Promise<string> {
  const path = `${Taro.env.USER_DATA_PATH}/${name}`
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath: path,
      data,
      encoding,
      success: () => resolve(path),
      fail: () => reject(new SaveError('手机存储空间不足或无法写入文件，请清理后再试')),
    })
  })
}

async function download(url: string): Promise<string> {
  try {
    // A cloud file id needs no download-domain whitelist; an https URL must be in it.
    const res = url.startsWith('cloud://')
      ? await Taro.cloud.downloadFile({ fileID: url })
      : await Taro.downloadFile({ url })
    if (res.statusCode === 200) return res.tempFilePath
  } catch {
    // Reported below in words.
  }
  throw new SaveError('图片没能下载下来，请检查网络后再试')
}

/** Keeps Chinese names readable; drops characters file systems refuse. */
function safeName(filename: string, ext: string): string {
  const base = filename.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'file'
  return base.toLowerCase().endsWith(ext) ? base : base + ext
}
