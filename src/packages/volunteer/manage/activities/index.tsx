import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ActivityStatus } from '@contract/volunteer'
import { ACTIVITY_STATUS_LABELS } from '@contract/volunteer/labels'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery } from '@/data'
import { go } from '@/platform/nav'
import { ActivityItem } from '../../components/ActivityItem'
import { canOrganise } from '../access'
import { Teams } from './Teams'
import '../../components/volunteer.css'

type Filter = 'all' | ActivityStatus
const FILTERS: Filter[] = ['all', 'draft', 'published', 'ongoing', 'finished', 'cancelled']

/** 活动管理: the activities I run (staff: every team's), drafts included, and starting a new one. */
export default function ManageActivities() {
  return (
    <Screen testId='page-manage-activities'>
      <AccessGate allow={canOrganise} deniedText='只有驿站工作人员和活动组织者可以管理活动'>
        {(me) => <List staff={me.permissions.isStaff} />}
      </AccessGate>
    </Screen>
  )
}

function List({ staff }: { staff: boolean }) {
  const [filter, setFilter] = useState<Filter>('all')
  const list = usePagedQuery('volunteer', 'managedActivities', filter === 'all' ? {} : { status: filter })
  return (
    <View>
      <Btn
        className='btn btn--primary'
        data-testid='new-activity'
        onClick={() => go('/packages/volunteer/manage/edit/index')}
      >
        发起活动
      </Btn>
      <Tabs<Filter>
        tabs={FILTERS.map((f) => ({ key: f, label: f === 'all' ? '全部' : ACTIVITY_STATUS_LABELS[f] }))}
        value={filter}
        onChange={setFilter}
      />
      <PagedList
        list={list}
        testId='managed-list'
        keyOf={(a) => a.activityId}
        emptyTitle='还没有活动'
        renderItem={(a) => <ActivityItem activity={a} />}
      />
      {staff ? <Teams /> : null}
    </View>
  )
}
