/**
 * Files, sharing and the camera: the user data folder (`wx.env.USER_DATA_PATH`) as a map, files
 * shared to a chat, files downloaded, images saved to the album, phone calls placed, and the results of scanning or
 * choosing media, which the test supplies (`phone.media.scans.push(...)`); with none supplied the
 * person "cancels", as a real one might.
 */
import { ApiFail, asyncApi, syncApi } from './api'
import type { ApiContext } from './api'

export const USER_DATA_PATH = 'wxfile://usr'

export interface SharedFile {
  fileName: string
  filePath: string
  content: string
}

export function mediaApi(ctx: ApiContext) {
  const state = {
    files: new Map<string, { data: string; encoding: string }>(),
    shared: [] as SharedFile[],
    saved: [] as string[],
    calls: [] as string[],
    clipboard: '',
    /** What the next scanCode answers (`{result: 'https://…'}`, or an error message to fail). */
    scans: [] as (Record<string, unknown> | string)[],
    /** What the next chooseMedia/chooseImage answers (see `choosePhotos` for photos with bytes). */
    chosen: [] as (Record<string, unknown> | string)[],
    /**
     * The person will pick these photos next: each becomes a temporary file holding its bytes
     * (what `wx.cloud.uploadFile` then reads) in chooseMedia's answer.
     */
    choosePhotos(photos: Buffer[]) {
      const tempFiles = photos.map((bytes) => {
        const tempFilePath = `wxfile://tmp/chosen-${++chosenCount}.png`
        state.files.set(tempFilePath, { data: bytes.toString('base64'), encoding: 'base64' })
        return { tempFilePath, size: bytes.length, fileType: 'image' }
      })
      state.chosen.push({ tempFiles, type: 'image' })
    },
  }
  let downloads = 0
  let chosenCount = 0
  const file = (api: string, filePath: unknown) => {
    const found = state.files.get(String(filePath))
    if (!found) throw new ApiFail(`${api}:fail file not exist: ${String(filePath)}`)
    return found
  }
  const fs = {
    writeFile: asyncApi(ctx, 'FileSystemManager.writeFile', ({ filePath, data, encoding }) => {
      if (!String(filePath).startsWith(USER_DATA_PATH))
        throw new ApiFail(`writeFile:fail permission denied, open ${String(filePath)}`)
      state.files.set(String(filePath), { data: String(data), encoding: String(encoding ?? 'utf8') })
    }),
    readFile: asyncApi(ctx, 'FileSystemManager.readFile', ({ filePath }) => ({
      data: file('readFile', filePath).data,
    })),
    access: asyncApi(ctx, 'FileSystemManager.access', ({ path }) => void file('access', path)),
    unlink: asyncApi(
      ctx,
      'FileSystemManager.unlink',
      ({ filePath }) => void state.files.delete(String(filePath)),
    ),
  }
  const answer = (api: string, queue: (Record<string, unknown> | string)[]): Record<string, unknown> => {
    const next = queue.shift()
    if (next === undefined) throw new ApiFail(`${api}:fail cancel`)
    if (typeof next === 'string') throw new ApiFail(`${api}:fail ${next}`)
    return next
  }

  const api = {
    getFileSystemManager: syncApi(ctx, 'getFileSystemManager', () => fs),
    shareFileMessage: asyncApi(ctx, 'shareFileMessage', ({ filePath, fileName }) => {
      const found = file('shareFileMessage', filePath)
      const name = String(fileName ?? String(filePath).split('/').pop())
      state.shared.push({ fileName: name, filePath: String(filePath), content: found.data })
    }),
    saveImageToPhotosAlbum: asyncApi(ctx, 'saveImageToPhotosAlbum', ({ filePath }) => {
      file('saveImageToPhotosAlbum', filePath)
      state.saved.push(String(filePath))
    }),
    makePhoneCall: asyncApi(
      ctx,
      'makePhoneCall',
      ({ phoneNumber }) => void state.calls.push(String(phoneNumber)),
    ),
    setClipboardData: asyncApi(ctx, 'setClipboardData', ({ data }) => void (state.clipboard = String(data))),
    getClipboardData: asyncApi(ctx, 'getClipboardData', () => ({ data: state.clipboard })),
    scanCode: asyncApi(ctx, 'scanCode', () => answer('scanCode', state.scans)),
    chooseMedia: asyncApi(ctx, 'chooseMedia', () => answer('chooseMedia', state.chosen)),
    chooseImage: asyncApi(ctx, 'chooseImage', () => answer('chooseImage', state.chosen)),
    previewImage: asyncApi(ctx, 'previewImage', () => undefined),
    // A real download from the local cloud's storage URL into a temporary file.
    downloadFile: asyncApi(ctx, 'downloadFile', async ({ url }) => {
      const res = await fetch(String(url)).catch(() => null)
      if (!res) throw new ApiFail('downloadFile:fail network error')
      const tempFilePath = `wxfile://tmp/download-${++downloads}`
      const bytes = Buffer.from(await res.arrayBuffer())
      state.files.set(tempFilePath, { data: bytes.toString('base64'), encoding: 'base64' })
      return { tempFilePath, statusCode: res.status }
    }),
  }
  return { api, state }
}
