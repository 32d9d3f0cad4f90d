import { View } from '@tarojs/components'
import { useState } from 'react'
import type { Geofence } from '@contract/volunteer'
import { Btn } from '@/components/Btn'
import { Choices, Field } from '@/components/Field'
import { currentLocation, LocationRefused } from '@/platform/location'

const RADII = ['100', '300', '500', '1000'] as const
const RADIUS_LABELS = { '100': '100米', '300': '300米', '500': '500米', '1000': '1公里' }

/** Optional: check-in only near the place — set where the organiser stands now, within a radius. */
export function GeofenceField({
  value,
  onChange,
}: {
  value: Geofence | null
  onChange(g: Geofence | null): void
}) {
  const [problem, setProblem] = useState('')
  const here = async () => {
    setProblem('')
    try {
      const at = await currentLocation('设置活动签到范围')
      onChange({ ...at, radius: value?.radius ?? 300 })
    } catch (err) {
      setProblem(err instanceof LocationRefused ? err.message : '没能获取位置')
    }
  }
  return (
    <Field label='签到范围（可选）' hint='设了范围，志愿者只能在活动地点附近扫码签到' error={problem || null}>
      {value ? (
        <View>
          <Choices
            options={RADII}
            labels={RADIUS_LABELS}
            value={String(value.radius) as (typeof RADII)[number]}
            onChange={(r) => onChange({ ...value, radius: Number(r) })}
          />
          <Btn className='btn btn--ghost' onClick={() => onChange(null)}>
            不限制签到位置
          </Btn>
        </View>
      ) : (
        <Btn className='btn btn--ghost' onClick={here} data-testid='set-geofence'>
          以我现在的位置为活动地点
        </Btn>
      )}
    </Field>
  )
}
