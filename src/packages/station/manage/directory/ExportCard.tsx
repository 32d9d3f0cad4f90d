import { View } from '@tarojs/components'
import { useState } from 'react'
import type { BuildingView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { tellOutcome } from '@/platform/deliver'
import { prepareCsv, sendFile } from '@/platform/files'
import type { ReadyFile } from '@/platform/files'
import { useTwoTap } from '@/platform/useTwoTap'

type ExportScope = 'building' | 'all'

/**
 * Staff export the register as a table. It carries full phone numbers, so it says so. Two taps:
 * 准备导出 asks the server for the table and writes it; 发送到聊天 then shares it from its own tap
 * (WeChat refuses shareFileMessage once a cloud call was awaited in the same tap).
 */
export function ExportCard({ building }: { building: BuildingView }) {
  const exportDirectory = useMutation('station', 'exportDirectory')
  const [exporting, setExporting] = useState<ExportScope | null>(null)
  const exportFile = useTwoTap({
    async prepare(scope: ExportScope): Promise<ReadyFile & { rows: number }> {
      setExporting(scope)
      const table = await exportDirectory.run(scope === 'building' ? { buildingId: building.buildingId } : {})
      setExporting(null)
      // The mutation keeps the error (shown below); nothing to send.
      if (!table) throw new Error('export failed')
      return { ...(await prepareCsv(table.filename, table.csv)), rows: table.rows }
    },
    async deliver(tap, file) {
      const outcome = await sendFile(tap, file)
      tellOutcome(outcome)
      return outcome
    },
  })
  const { state, ready } = exportFile
  // A failed preparation is the mutation's error; a failed send is the machine's.
  const sendError = ready ? exportFile.error : null
  return (
    <View className='card' data-testid='export-card'>
      <View className='card__title'>导出名册</View>
      <View className='staff-line'>表格含完整手机号，每次导出都会记录。请妥善保管，不要转发到群里。</View>
      {exportDirectory.formError ? (
        <View className='banner banner--red' data-testid='export-error'>
          {exportDirectory.formError}
        </View>
      ) : null}
      {ready ? (
        <View data-testid='export-ready'>
          <View className='banner banner--ok'>
            表格已准备好：{ready.name}（{ready.rows} 行）
          </View>
          {sendError ? <View className='banner banner--red'>{sendError}</View> : null}
          <Btn
            className='btn btn--primary'
            disabled={state.phase === 'delivering'}
            onClick={exportFile.deliverOnTap}
            data-testid='export-send'
          >
            {process.env.TARO_ENV === 'weapp' ? '发送到聊天' : '下载表格'}
          </Btn>
          <Btn className='btn btn--ghost' onClick={exportFile.reset} data-testid='export-again'>
            重新选择
          </Btn>
        </View>
      ) : (
        <View className='staff-actions'>
          <Btn
            className='btn btn--plain'
            disabled={!!exporting}
            onClick={() => exportFile.prepare('building')}
            data-testid='export-building'
          >
            {exporting === 'building' ? '正在准备…' : `准备导出${building.name}`}
          </Btn>
          <Btn
            className='btn btn--ghost'
            disabled={!!exporting}
            onClick={() => exportFile.prepare('all')}
            data-testid='export-all'
          >
            {exporting === 'all' ? '正在准备…' : '准备导出全部'}
          </Btn>
        </View>
      )}
    </View>
  )
}
