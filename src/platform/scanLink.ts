/**
 * The one link format for every check-in QR (volunteer activities, 邻里夜话 evening
 * sessions): `<base>?s=<station code>&k=<kind>&i=<id>&t=<token>`. The organiser's phone draws it;
 * it arrives at the one landing page, `packages/station/scan/index`, by three roads:
 * - the in-app scanner (`Taro.scanCode` answers the link as `result`),
 * - WeChat's own scanner, once 扫普通链接二维码打开小程序 maps `<base>` to that page: WeChat passes
 *   the whole link, URL-encoded, as the page's `q` parameter,
 * - on H5, opening the link: the server sends `/q?…` on to the page with the same query.
 * `k` names what is being checked into: `a` an activity (volunteer), `ts` an evening session (forum).
 */

export const SCAN_PAGE = '/packages/station/scan/index'

export interface ScanParams {
  /** Station code, as in the station's own QR (`s=<code>`). */
  s: string
  k: string
  i: string
  t: string
}

const PARTS = /^[A-Za-z0-9_.-]{1,64}$/

/** Where links point: the prefix registered for 扫普通链接二维码打开小程序, or this H5 site's `/q`. */
export function linkBase(): string {
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}/q`
  return SCAN_LINK_BASE
}

export function scanLink(base: string, p: ScanParams): string {
  const q = `s=${encodeURIComponent(p.s)}&k=${encodeURIComponent(p.k)}&i=${encodeURIComponent(p.i)}&t=${encodeURIComponent(p.t)}`
  return `${base}?${q}`
}

/** The parameters of a link (or of a bare `s=…&k=…` query), or null if it is not one of ours. */
export function parseScanLink(text: string | undefined | null): ScanParams | null {
  if (!text) return null
  let raw = String(text).trim()
  if (/^https?%3A/i.test(raw)) raw = safeDecode(raw)
  const query = raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : raw
  const params: Record<string, string> = {}
  for (const part of query.split('#')[0].split('&')) {
    const [key, ...rest] = part.split('=')
    if (key) params[key] = safeDecode(rest.join('='))
  }
  const { s, k, i, t } = params
  return [s, k, i, t].every((v) => v && PARTS.test(v)) ? { s, k, i, t } : null
}

/** From a page's parameters: `q` (WeChat's scanner hands the whole link), or s/k/i/t themselves. */
export function scanParamsFrom(params: Record<string, string | undefined>): ScanParams | null {
  if (params.q) return parseScanLink(safeDecode(params.q))
  const { s, k, i, t } = params
  return parseScanLink(`s=${s ?? ''}&k=${k ?? ''}&i=${i ?? ''}&t=${t ?? ''}`)
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
