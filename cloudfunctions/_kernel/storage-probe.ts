/**
 * What a stored file really is, without downloading it: one batched `getTempFileURL`, then per file
 * one ranged GET of its first 16 bytes, whose `Content-Range: bytes 0-15/<total>` also gives the
 * size. Cost per attached file: ~16 bytes and one round trip inside the cloud (tens of ms), instead
 * of pulling up to several MB into the function's memory with `downloadFile` — which would also let
 * anyone who uploads a huge file make the function fetch all of it. Should a server ignore the
 * range, the answer's Content-Length gives the size and the body is dropped after its first bytes.
 * Limit: only the first bytes are judged. A file that starts like a PNG and holds junk after that
 * is accepted; it is served as an image with `nosniff`, so it cannot run as anything else.
 */
import http from 'http'
import https from 'https'
import type { ImageType } from '../../types/files'
import { sdk } from './cloud'

/** As the cloud allows: at most 50 files per temporary-URL request. */
export const URLS_PER_CALL = 50
const HEAD_BYTES = 16
const PROBE_TIMEOUT_MS = 5000

export interface Probe {
  fileID: string
  /** False when storage has no such file (never uploaded, or deleted). */
  exists: boolean
  bytes: number
  /** What the first bytes say; null for anything but JPEG, PNG or WebP. */
  mime: ImageType | null
}

/** `maxBytes`: past this a file is too big, and a size-less answer is not read further. */
export async function probeFiles(fileIDs: readonly string[], maxBytes: number): Promise<Probe[]> {
  const urls = await tempUrls(fileIDs, 60)
  return Promise.all(
    fileIDs.map(async (fileID) => {
      const url = urls.get(fileID)
      const head = url ? await readHead(url, maxBytes) : null
      if (!head) return { fileID, exists: false, bytes: 0, mime: null }
      return { fileID, exists: true, bytes: head.total, mime: imageTypeOf(head.bytes) }
    }),
  )
}

/** Temporary URLs by file id; files storage does not have are left out. */
export async function tempUrls(fileIDs: readonly string[], maxAge: number): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < fileIDs.length; i += URLS_PER_CALL) {
    const chunk = fileIDs.slice(i, i + URLS_PER_CALL)
    const res = await sdk().getTempFileURL({ fileList: chunk.map((fileID) => ({ fileID, maxAge })) })
    for (const item of res?.fileList ?? [])
      if (item.status === 0 && item.tempFileURL) out.set(item.fileID, item.tempFileURL)
  }
  return out
}

/** JPEG, PNG and WebP by their signatures. */
export function imageTypeOf(head: Buffer): ImageType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png'
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp'
  return null
}

/** The file's first bytes and total size, or null when the URL does not serve it. */
function readHead(url: string, maxBytes: number): Promise<{ bytes: Buffer; total: number } | null> {
  // The SDK escapes temporary URLs the same way before fetching them (the CDN's come unescaped).
  const target = encodeURI(url)
  const client = target.startsWith('https:') ? https : http
  return new Promise((resolve, reject) => {
    const req = client.get(target, { headers: { range: `bytes=0-${HEAD_BYTES - 1}` } }, (res) => {
      const status = res.statusCode ?? 0
      if (status !== 200 && status !== 206) {
        res.resume()
        return resolve(null)
      }
      const total = totalOf(res.headers['content-range'], res.headers['content-length'])
      const chunks: Buffer[] = []
      let got = 0
      const done = () => {
        res.destroy()
        resolve({ bytes: Buffer.concat(chunks).subarray(0, HEAD_BYTES), total: total ?? got })
      }
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        got += chunk.length
        // With a known size the first bytes are enough; without one, count until it is too big.
        if ((total !== null && got >= HEAD_BYTES) || got > maxBytes) done()
      })
      res.on('end', done)
      res.on('error', reject)
    })
    req.setTimeout(PROBE_TIMEOUT_MS, () => req.destroy(new Error(`storage probe timed out: ${url}`)))
    req.on('error', reject)
  })
}

function totalOf(range: string | undefined, length: string | undefined): number | null {
  const fromRange = /\/(\d+)$/.exec(range ?? '')
  if (fromRange) return Number(fromRange[1])
  return range === undefined && length !== undefined && /^\d+$/.test(length) ? Number(length) : null
}
