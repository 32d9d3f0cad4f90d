/**
 * Where the phone is, for an activity that checks people in only near its place (getLocation is a
 * privacy API: config/privacy.ts declares it). A refusal becomes a plain message, as for the album.
 */
import Taro from '@tarojs/taro'
import { privacyMessage, refusalOf } from './privacy'

/** The phone did not say where it is; `message` tells the person why and what to do. */
export class LocationRefused extends Error {}

export async function currentLocation(doing: string): Promise<{ lat: number; lng: number }> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' })
    return { lat: res.latitude, lng: res.longitude }
  } catch (err) {
    throw new LocationRefused(refusalText(err, doing))
  }
}

function refusalText(err: unknown, doing: string): string {
  const refusal = refusalOf(err)
  if (refusal === 'privacyRefused' || refusal === 'privacyUndeclared') return privacyMessage(refusal, doing)
  if (refusal === 'scopeDenied')
    return '您关闭了位置权限：请在右上角「···」→ 设置里打开「位置信息」，再扫一次。'
  return '没能获取位置，请确认手机定位已打开，再扫一次。'
}
