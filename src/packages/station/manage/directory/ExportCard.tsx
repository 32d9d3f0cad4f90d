import { View } from '@tarojs/components'
import type { BuildingView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { deliverCsv } from '@/platform/deliver'
import { toast } from '@/platform/feedback'

type Scope = 'building' | 'all'

/** Staff export the register as a table. It carries full phone numbers, so it says so. */
export function ExportCard({ building }: { building: BuildingView }) {
  const exportDirectory = useMutation('station', 'exportDirectory')
  const run = async (scope: Scope) => {
    const file = await exportDirectory.run(scope === 'building' ? { buildingId: building.buildingId } : {})
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
      {exportDirectory.formError ? (
        <View className='banner banner--red' data-testid='export-error'>
          {exportDirectory.formError}
        </View>
      ) : null}
      <View className='staff-actions'>
        <Btn
          className='btn btn--plain'
          disabled={exportDirectory.busy}
          onClick={() => run('building')}
          data-testid='export-building'
        >
          {`导出${building.name}`}
        </Btn>
        <Btn
          className='btn btn--ghost'
          disabled={exportDirectory.busy}
          onClick={() => run('all')}
          data-testid='export-all'
        >
          导出全部楼栋
        </Btn>
      </View>
      {exportDirectory.busy ? <View className='staff-line'>正在导出…</View> : null}
    </View>
  )
}
