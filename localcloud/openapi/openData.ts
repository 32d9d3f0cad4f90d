/**
 * `cloud.getOpenData` locally, for group identity: WeChat hands the app a `cloudID` when a card
 * is opened inside a group chat (`wx.getGroupEnterInfo`); the function exchanges it for the
 * group's `openGId`. Locally the app makes stand-in cloudIDs `local-group:<name>` (a card opened
 * with `?group=<name>`), and this answers a stable openGId per name.
 */
import { createHash } from 'crypto'

export const LOCAL_GROUP_CLOUD_ID = /^local-group:([\w\u4e00-\u9fff-]{1,40})$/

export function localOpenGroupId(name: string): string {
  return `Glocal${createHash('sha256').update(name).digest('hex').slice(0, 22)}`
}

export async function localGetOpenData(args: { list?: string[] }) {
  const list = (args.list ?? []).map((cloudID) => {
    const match = LOCAL_GROUP_CLOUD_ID.exec(cloudID)
    if (!match) return { cloudID, errCode: -601006, errMsg: 'cloudID invalid' }
    return { cloudID, json: { cloudID, data: { openGId: localOpenGroupId(match[1]) } } }
  })
  return { errMsg: 'getOpenData:ok', list }
}
