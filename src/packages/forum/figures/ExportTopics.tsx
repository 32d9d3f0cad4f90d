import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { tellOutcome } from '@/platform/deliver'
import { prepareCsv, sendFile } from '@/platform/files'
import type { ReadyFile } from '@/platform/files'
import { useTwoTap } from '@/platform/useTwoTap'

/**
 * The year's topics as a table for staff, with authors (anonymous ones marked), so it says so.
 * Two taps: 准备导出 asks the server (every export is audited) and writes the file; the next tap
 * sends it from its own tap (platform/tap.ts).
 */
export function ExportTopics({ year }: { year: number }) {
  const exportTopics = useMutation('forum', 'exportTopics')
  const file = useTwoTap({
    async prepare(): Promise<ReadyFile & { rows: number }> {
      const table = await exportTopics.run({ from: `${year}-01-01`, to: `${year}-12-31` })
      if (!table) throw new Error('export failed')
      return { ...(await prepareCsv(table.filename, table.csv)), rows: table.rows }
    },
    async deliver(tap, ready) {
      const outcome = await sendFile(tap, ready)
      tellOutcome(outcome)
      return outcome
    },
  })
  const { ready, state } = file
  return (
    <View className='card' data-testid='export-topics'>
      <View className='card__title'>导出{year}年的议题</View>
      <View className='text-s muted'>
        表格含提出人姓名（匿名议题也有），每次导出都会记录，请不要转发到群里。
      </View>
      {exportTopics.formError ? <View className='banner banner--red'>{exportTopics.formError}</View> : null}
      {ready ? (
        <View>
          <View className='banner banner--ok'>
            表格已准备好：{ready.name}（{ready.rows} 条）
          </View>
          <Btn
            className='btn btn--primary'
            disabled={state.phase === 'delivering'}
            onClick={file.deliverOnTap}
            data-testid='export-send'
          >
            {process.env.TARO_ENV === 'weapp' ? '发送到聊天' : '下载表格'}
          </Btn>
        </View>
      ) : (
        <Btn className='btn btn--plain' onClick={() => file.prepare()} data-testid='export-prepare'>
          {state.phase === 'preparing' ? '正在准备…' : '准备导出'}
        </Btn>
      )}
    </View>
  )
}
