/**
 * Reading how the app was opened. A station QR carries `scene` = `s=<code>` (≤ 32 chars,
 * URL-encoded by WeChat); a shared card or the H5 URL carries `?scene=s%3D<code>` or `?s=<code>`.
 */
export interface SceneInfo {
  stationCode: string | null
  params: Record<string, string>
}

export function parseScene(raw: string | undefined | null): Record<string, string> {
  if (!raw) return {}
  let text = String(raw)
  // WeChat encodes the scene once; a shared link may encode it twice.
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(text); i++) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return {}
    }
  }
  const out: Record<string, string> = {}
  for (const part of text.replace(/^\?/, '').split('&')) {
    const [key, ...rest] = part.split('=')
    if (key && rest.length > 0) out[key.trim()] = rest.join('=').trim()
  }
  return out
}

/** A station code (types/station/profile.ts `stationCode`): from a QR scene or typed by hand. */
export const STATION_CODE = /^[A-Za-z0-9_-]{2,24}$/

/** The station code from launch params (`scene`, or a plain `s`), or from an H5 search string. */
export function sceneFrom(params: Record<string, string | undefined>, search = ''): SceneInfo {
  const fromSearch = parseScene(search)
  const sceneParams = { ...parseScene(fromSearch.scene), ...parseScene(params.scene) }
  const code = sceneParams.s ?? params.s ?? fromSearch.s ?? null
  return { stationCode: code && STATION_CODE.test(code) ? code : null, params: sceneParams }
}
