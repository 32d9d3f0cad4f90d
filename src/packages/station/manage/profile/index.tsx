import { View } from '@tarojs/components'
import type { StationProfile } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { BasicsCard } from './BasicsCard'
import { RoomsCard } from './RoomsCard'
import { ServicesCard } from './ServicesCard'
import { TeamCard } from './TeamCard'
import { useProfileEditor } from './useProfileEditor'
import '../../components/staff.css'

/** 驿站资料: what residents read on the station home — edited here and saved as a whole. */
export default function ProfilePage() {
  return (
    <Screen testId='page-profile'>
      <AccessGate allow={(p) => p.isStaff}>{() => <Profile />}</AccessGate>
    </Screen>
  )
}

function Profile() {
  const profile = useQuery('station', 'get', {})
  // The editor starts from the profile once, and keeps its working copy while it is open.
  return (
    <Loadable state={profile} onRetry={profile.reload}>
      {(p) => <ProfileEditor profile={p} />}
    </Loadable>
  )
}

function ProfileEditor({ profile }: { profile: StationProfile }) {
  const editor = useProfileEditor(profile)
  const onSave = async () => {
    if (await editor.submit()) toastDone('已保存')
  }
  return (
    <View>
      <View className='banner banner--info'>这里的内容会显示在驿站首页，居民都能看到。</View>
      <BasicsCard editor={editor} />
      <ServicesCard editor={editor} />
      <RoomsCard editor={editor} />
      <TeamCard editor={editor} />
      {editor.formError ? (
        <View className='banner banner--red' data-testid='profile-error'>
          {editor.formError}
        </View>
      ) : null}
      <Btn className='btn btn--primary' disabled={editor.busy} onClick={onSave} data-testid='save-profile'>
        {editor.busy ? '正在保存…' : editor.dirty ? '保存修改' : '保存'}
      </Btn>
    </View>
  )
}
