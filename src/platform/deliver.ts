/** Says in words where an exported file went. */
import { saveBase64Png, saveCsv } from './files'
import type { SaveOutcome } from './files'
import { toast } from './feedback'

function tell(outcome: SaveOutcome, done: string) {
  if (outcome.kind === 'cancelled') return
  if (outcome.kind === 'kept') {
    toast(`文件已保存在手机上：${outcome.path}`)
    return
  }
  toast(outcome.kind === 'shared' ? '已发送' : done, 'success')
}

/** Saves a CSV from the server and tells the person; errors go to the caller. */
export async function deliverCsv(filename: string, csv: string) {
  tell(await saveCsv(filename, csv), '已下载表格')
}

export async function deliverPng(base64: string, filename: string) {
  tell(await saveBase64Png(base64, filename), '已保存图片')
}
