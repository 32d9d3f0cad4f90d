/**
 * Sharing a page into a group chat, and knowing which group a card was opened in.
 * - `showGroupShareMenu()`: the ··· menu shares with a shareTicket (`withShareTicket`), so a card
 *   opened inside a group can tell the app which group it is.
 * - `groupCloudId(params)`: the group's identity as WeChat hands it over when the card was opened
 *   inside a group chat: `getGroupEnterInfo` → an encrypted `cloudID` that only the cloud function
 *   can read (cloud.getOpenData). Locally (H5) a card's `?group=<name>` stands in for it
 *   (`local-group:<name>`, which the local cloud's getOpenData answers).
 */
import Taro from '@tarojs/taro'

const LOCAL_GROUP = /^[\w\u4e00-\u9fff-]{1,40}$/

export function showGroupShareMenu() {
  if (process.env.TARO_ENV !== 'weapp') return
  Taro.showShareMenu({ withShareTicket: true }).catch(() => undefined)
}

/** The cloudID of the group chat this page was opened from, or null (not from a group, or WeChat would not say). */
export async function groupCloudId(params: Record<string, string | undefined>): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    const name = params.group ? decodeURIComponent(params.group) : ''
    return LOCAL_CLOUD && LOCAL_GROUP.test(name) ? `local-group:${name}` : null
  }
  const { shareTicket } = Taro.getEnterOptionsSync() as { shareTicket?: string }
  if (!shareTicket) return null
  try {
    const res = (await Taro.getGroupEnterInfo({})) as { cloudID?: string }
    return res.cloudID || null
  } catch {
    // An old client, or not really from a group: the notice opens all the same.
    return null
  }
}
