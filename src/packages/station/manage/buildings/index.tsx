import { View } from '@tarojs/components'
import { AccessGate } from '@/components/AccessGate'
import { Screen } from '@/components/Screen'
import { ShowMore } from '@/components/ShowMore'
import { Empty, Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { thousands } from '@/utils/format'
import { CreateCard } from './CreateCard'
import { ImportCard } from './ImportCard'
import '../../components/staff.css'

/** 楼栋与房屋: what is set up, and two ways to add more (generate, or paste a table). */
export default function BuildingsPage() {
  return (
    <Screen testId='page-buildings'>
      <AccessGate allow={(p) => p.isStaff}>
        {() => (
          <View>
            <BuildingList />
            <CreateCard />
            <ImportCard />
          </View>
        )}
      </AccessGate>
    </Screen>
  )
}

function BuildingList() {
  const buildings = useQuery('station', 'listBuildings', {})
  return (
    <View className='card' data-testid='building-list'>
      <View className='card__title'>已有楼栋</View>
      <Loadable
        state={buildings}
        onRetry={buildings.reload}
        isEmpty={(b) => b.items.length === 0}
        empty={
          <Empty title='还没有楼栋'>
            <View className='text-s'>请用下面的“批量生成”或“导入房屋表”录入。</View>
          </Empty>
        }
      >
        {({ items }) => (
          <View>
            <View className='staff-count' data-testid='building-total'>
              共 {thousands(items.length)} 栋、{thousands(items.reduce((n, b) => n + b.householdCount, 0))} 户
            </View>
            <ShowMore
              items={items}
              keyOf={(b) => b.buildingId}
              renderItem={(b) => (
                <View className='row' data-testid={`building-${b.buildingId}`}>
                  <View className='title-l'>{b.name}</View>
                  <View className='staff-line'>
                    {b.units} 个单元 · {thousands(b.householdCount)} 户
                  </View>
                </View>
              )}
            />
          </View>
        )}
      </Loadable>
    </View>
  )
}
