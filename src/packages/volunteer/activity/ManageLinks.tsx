import { View } from '@tarojs/components'
import type { ActivityDetail } from '@contract/volunteer'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'

const M = '/packages/volunteer/manage'

/** For whoever runs the activity: publish, edit, show the check-in code, the lists. */
export function ManageLinks({ activity: a }: { activity: ActivityDetail }) {
  const publish = useMutation('volunteer', 'publishActivity', {
    invalidates: ['volunteer.getActivity', 'volunteer.listActivities', 'volunteer.managedActivities'],
  })
  const id = a.activityId
  return (
    <View className='card' data-testid='manage-links'>
      <View className='card__title'>组织者</View>
      {publish.formError ? <View className='banner banner--warn'>{publish.formError}</View> : null}
      <View className='vol-actions'>
        {a.status === 'draft' ? (
          <Btn
            className='btn btn--primary'
            data-testid='publish'
            onClick={async () => {
              if (!(await confirm('发布活动', '发布后居民就能看到并报名。'))) return
              if (await publish.run({ activityId: id })) toastDone('已发布')
            }}
          >
            发布活动
          </Btn>
        ) : null}
        {a.status === 'published' || a.status === 'ongoing' ? (
          <Btn
            className='btn btn--primary'
            data-testid='open-checkin'
            onClick={() => go(`${M}/checkin/index?id=${id}`)}
          >
            签到码
          </Btn>
        ) : null}
        <Btn
          className='btn btn--plain'
          data-testid='open-roster'
          onClick={() => go(`${M}/roster/index?id=${id}`)}
        >
          名单与时长
        </Btn>
        {a.status === 'draft' || a.status === 'published' ? (
          <Btn
            className='btn btn--ghost'
            data-testid='edit-activity'
            onClick={() => go(`${M}/edit/index?id=${id}`)}
          >
            修改
          </Btn>
        ) : null}
      </View>
    </View>
  )
}
