import { View } from '@tarojs/components'
import type { BuildingView } from '@contract/station'
import { toast } from '@/services/platform'
import { useDirectory } from '@/stores/staff/directory'
import type { ExportScope } from '@/stores/staff/directory'
import { Btn } from '@/components/Btn'
import { deliverCsv } from '../components/deliver'

/** Staff export the register as a table. It carries full phone numbers, so it says so. */
export function ExportCard({ building }: { building: BuildingView }) {
  const { exporting, exportError, exportCsv } = useDirectory()
  const run = async (scope: ExportScope) => {
    const file = await exportCsv(scope, building.buildingId)
    if (!file) return
    try {
      await deliverCsv(file.filename, file.csv)
    } catch (err) {
      toast((err as Error).message || '导出失败，请稍后再试')
    }
  }
  return (
    <View className='card' data-testid='export-card'>
      <View className='card__title'>导出名册</View>
      <View className='staff-line'>表格含完整手机号，每次导出都会记录。请妥善保管，不要转发到群里。</View>
      {exportError ? (
        <View className='banner banner--red' data-testid='export-error'>
          {exportError.message}
        </View>
      ) : null}
      <View className='staff-actions'>
        <Btn
          className='btn btn--plain'
          disabled={!!exporting}
          onClick={() => run('building')}
          data-testid='export-building'
        >
          {exporting === 'building' ? '正在导出…' : `导出${building.name}`}
        </Btn>
        <Btn
          className='btn btn--ghost'
          disabled={!!exporting}
          onClick={() => run('all')}
          data-testid='export-all'
        >
          {exporting === 'all' ? '正在导出…' : '导出全部楼栋'}
        </Btn>
      </View>
    </View>
  )
}
