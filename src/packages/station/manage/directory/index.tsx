import { View } from '@tarojs/components'
import { useState } from 'react'
import type { BuildingView, MeView } from '@contract/station'
import { inScope } from '@contract/station/scope'
import { AccessGate } from '@/components/AccessGate'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Empty, Loadable } from '@/components/StateViews'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery, useQuery } from '@/data'
import { BuildingFilter } from '../../components/BuildingFilter'
import { ExportCard } from './ExportCard'
import { HouseholdCard } from './HouseholdCard'
import '../../components/staff.css'

/** 住户名册: the households of the buildings I cover, who lives there, and how to reach them. */
export default function DirectoryPage() {
  return (
    <Screen testId='page-directory'>
      <AccessGate allow={(p) => p.canSeeDirectory} deniedText='只有楼长和驿站工作人员可以查看住户名册'>
        {(me) => <CoveredBuildings me={me} />}
      </AccessGate>
    </Screen>
  )
}

function CoveredBuildings({ me }: { me: MeView }) {
  const buildings = useQuery('station', 'listBuildings', {})
  return (
    <Loadable state={buildings} onRetry={buildings.reload}>
      {({ items }) => {
        // The buildings I answer for: every one for staff, the ones I head for a building head.
        const covered = items.filter((b) => inScope(me.permissions.buildings, b.buildingId))
        if (covered.length === 0) {
          return (
            <Empty title={me.permissions.isStaff ? '驿站还没有录入楼栋' : '您还没有负责的楼栋'}>
              <View className='text-s'>
                {me.permissions.isStaff ? '请先在「楼栋与房屋」中录入。' : '请联系站长为您分配楼栋。'}
              </View>
            </Empty>
          )
        }
        return <Directory me={me} buildings={covered} />
      }}
    </Loadable>
  )
}

function Directory({ me, buildings }: { me: MeView; buildings: BuildingView[] }) {
  const [buildingId, setBuildingId] = useState(buildings[0].buildingId)
  const [unit, setUnit] = useState(0)
  const building = buildings.find((b) => b.buildingId === buildingId) ?? buildings[0]
  const list = usePagedQuery('station', 'directory', {
    buildingId: building.buildingId,
    unit: unit || undefined,
  })
  const units = [
    { key: '0', label: '全部单元' },
    ...Array.from({ length: building.units }, (_, i) => ({ key: String(i + 1), label: `${i + 1}单元` })),
  ]

  return (
    <View>
      <BuildingFilter
        buildings={buildings}
        value={building.buildingId}
        onChange={(id) => {
          setBuildingId(id)
          setUnit(0)
        }}
      />
      {building.units > 1 ? (
        <Tabs tabs={units} value={String(unit)} onChange={(k) => setUnit(Number(k))} testId='unit-filter' />
      ) : null}
      {me.permissions.canExport ? <ExportCard building={building} /> : null}
      <PagedList
        list={list}
        testId='directory-list'
        keyOf={(row) => row.household.householdId}
        emptyTitle='这里还没有录入房屋'
        header={(total) => (
          <View className='staff-count' data-testid='household-total'>
            {building.name}
            {unit ? `${unit}单元` : ''} 共 {total} 户
          </View>
        )}
        renderItem={(row) => <HouseholdCard row={row} canOpenRecord={me.permissions.isStaff} />}
      />
    </View>
  )
}
