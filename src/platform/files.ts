/**
 * Handing a file to the person: a CSV table or a PNG image. In H5 the browser downloads it;
 * in the mini-program it is written to the user data folder, then shared to a chat (CSV) or
 * saved to the photo album (PNG). Each platform's branch is dropped from the other's build.
 */
import Taro from '@tarojs/taro'

/**
 * What happened, so the page can say it in words:
 * `downloaded` (H5), `shared` (sent to a chat), `saved` (in the album), `kept` (only written
 * to `path`, e.g. sharing is unsupported on this client), `cancelled` (the person backed out).
 */
export type SaveOutcome =
  { kind: 'downloaded' | 'shared' | 'saved' | 'cancelled' } | { kind: 'kept'; path: string }

export class SaveError extends Error {}

/** Spreadsheet programs read UTF-8 Chinese correctly only with a BOM. */
const BOM = '\ufeff'

export async function saveCsv(filename: string, csv: string): Promise<SaveOutcome> {
  const name = safeName(filename, '.csv')
  const text = csv.startsWith(BOM) ? csv : BOM + csv
  if (process.env.TARO_ENV === 'h5') {
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name)
    return { kind: 'downloaded' }
  }
  if (process.env.TARO_ENV === 'weapp') {
    const path = await writeUserFile(name, text, 'utf8')
    try {
      await Taro.shareFileMessage({ filePath: path, fileName: name })
      return { kind: 'shared' }
    } catch (err) {
      if (isCancel(err)) return { kind: 'cancelled' }
      return { kind: 'kept', path }
    }
  }
  throw new SaveError('当前环境不支持导出文件')
}

/** `base64` is the PNG data without the `data:` prefix. */
export async function saveBase64Png(base64: string, filename: string): Promise<SaveOutcome> {
  const name = safeName(filename, '.png')
  if (process.env.TARO_ENV === 'h5') {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    downloadBlob(new Blob([bytes], { type: 'image/png' }), name)
    return { kind: 'downloaded' }
  }
  if (process.env.TARO_ENV === 'weapp') {
    const path = await writeUserFile(name, base64, 'base64')
    try {
      await Taro.saveImageToPhotosAlbum({ filePath: path })
      return { kind: 'saved' }
    } catch (err) {
      if (isCancel(err)) return { kind: 'cancelled' }
      if (isAuthDenied(err))
        throw new SaveError('没有相册权限。请点右上角「···」→「设置」，允许保存到相册后再试')
      throw new SaveError('保存到相册失败，请稍后再试')
    }
  }
  throw new SaveError('当前环境不支持保存图片')
}

function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  document.body.removeChild(a)
  // Some browsers read the URL after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000)
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

/** Keeps Chinese names readable; drops characters file systems refuse. */
function safeName(filename: string, ext: string): string {
  const base = filename.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'file'
  return base.toLowerCase().endsWith(ext) ? base : base + ext
}

const errMsg = (err: unknown) => String((err as { errMsg?: string })?.errMsg ?? err)
const isCancel = (err: unknown) => /cancel/i.test(errMsg(err))
const isAuthDenied = (err: unknown) => /auth|deny|denied|permission/i.test(errMsg(err))
