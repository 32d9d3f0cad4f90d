import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { showError, toastDone } from '@/services/platform/feedback'
import { useProfileEditor } from '@/stores/staff/profile'
import { Btn } from '@/components/Btn'
import { StaffGate } from '../components/StaffGate'
import { formError } from '../components/fieldError'
import { BasicsCard } from './BasicsCard'
import { RoomsCard } from './RoomsCard'
import { ServicesCard } from './ServicesCard'
import { TeamCard } from './TeamCard'
import '../components/staff.css'

const FIELDS = /^(name|address|openingHours|services|rooms|team|intro)\b/

/** 驿站资料: what residents read on the station home — edited here and saved as a whole. */
export default function ProfilePage() {
  return (
    <Screen testId='page-profile'>
      <StaffGate allow={(p) => p.isStaff}>{() => <ProfileEditor />}</StaffGate>
    </Screen>
  )
}

function ProfileEditor() {
  const { loaded, draft, dirty, saving, error, load, save } = useProfileEditor()
  useEffect(() => {
    load()
  }, [])

  const onSave = async () => {
    if (await save()) toastDone('已保存')
    else {
      const e = useProfileEditor.getState().error
      if (e) showError(e.field && FIELDS.test(e.field) ? '有内容需要修改，请看红字提示' : e.message)
    }
  }
  const general = formError(error, (f) => FIELDS.test(f))

  return (
    <Loadable state={loaded} onRetry={load}>
      {() =>
        draft ? (
          <View>
            <View className='banner banner--info'>这里的内容会显示在驿站首页，居民都能看到。</View>
            <BasicsCard />
            <ServicesCard />
            <RoomsCard />
            <TeamCard />
            {general ? (
              <View className='banner banner--red' data-testid='profile-error'>
                {general}
              </View>
            ) : null}
            <Btn className='btn btn--primary' disabled={saving} onClick={onSave} data-testid='save-profile'>
              {saving ? '正在保存…' : dirty ? '保存修改' : '保存'}
            </Btn>
          </View>
        ) : null
      }
    </Loadable>
  )
}
