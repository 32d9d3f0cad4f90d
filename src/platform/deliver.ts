/** Says in words where a handed-over file went (platform/files.ts did the handing over). */
import type { SaveOutcome } from './files'
import { showNote, toastDone } from './feedback'

export function tellOutcome(outcome: SaveOutcome) {
  if (outcome.kind === 'cancelled') return
  if (outcome.kind === 'kept') {
    showNote('文件已保存在手机上', `没能直接发送。文件在：${outcome.path}`)
    return
  }
  if (outcome.kind === 'shared') toastDone('已发送')
  else if (outcome.kind === 'saved') toastDone('已保存到相册')
  else toastDone('已下载')
}
