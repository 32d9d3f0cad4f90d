/**
 * Group identity. When a shared card is opened inside a group chat, the app gets an encrypted
 * group id (`wx.getGroupEnterInfo` → `cloudID`); the function exchanges it with
 * `cloud.getOpenData` for the group's stable `openGId`. The notice domain binds building group
 * chats with it. Locally the stand-in accepts cloudIDs `local-group:<name>` (localcloud/openapi/openData.ts).
 */
import { getOpenData } from '../cloud'
import { invalid } from '../errors'

export async function openGroupId(cloudID: string, field = 'cloudID'): Promise<string> {
  let openGId: unknown
  try {
    const res = await getOpenData([cloudID])
    openGId = res.list?.[0]?.json?.data?.openGId
  } catch {
    openGId = null
  }
  if (typeof openGId !== 'string' || !openGId)
    throw invalid(field, '没能识别这个群，请从群聊里重新打开这张卡片再试')
  return openGId
}
