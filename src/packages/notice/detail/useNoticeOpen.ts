import Taro, { useLoad } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { NoticeView } from '@contract/notice'
import { useMutation } from '@/data'
import type { CallError } from '@/data'
import { groupCloudId, showGroupShareMenu } from '@/platform/group'
import { useStationCode } from './useStationCode'

/**
 * Opens the notice the page was given: first the station the card names, then the group chat it
 * was opened in (if WeChat says), then `notice.open` — which is what counts me as read.
 */
export function useNoticeOpen(params: Record<string, string | undefined>) {
  const station = useStationCode(params.s)
  const [cloudID, setCloudID] = useState<string | null | undefined>(undefined)
  const [view, setView] = useState<NoticeView | null>(null)
  const open = useMutation('notice', 'open', {
    invalidates: ['notice.list', 'notice.managed'],
    forPrincipal: true,
  })

  useLoad(() => {
    // Opened without a notice (a stale link): my notices instead.
    if (!params.id) return void Taro.redirectTo({ url: '/packages/notice/list/index' })
    showGroupShareMenu()
    void groupCloudId(params).then(setCloudID)
  })
  const load = async () => {
    const answer = await open.run({
      noticeId: params.id ?? '',
      ...(cloudID ? { groupCloudID: cloudID } : {}),
    })
    if (!answer) return
    setView(answer)
  }
  useEffect(() => {
    if (station.ready && cloudID !== undefined && !view) void load()
  }, [station.ready, cloudID])

  const error: CallError | null = station.error ?? (view ? null : open.error)
  return { view, cloudID: cloudID ?? '', error, retry: station.error ? station.retry : load }
}
