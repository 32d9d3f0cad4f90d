import { Picker, Switch, View } from '@tarojs/components'
import type { MeView } from '@contract/station'
import {
  NOTICE_CATEGORIES,
  NOTICE_CATEGORY_LABELS,
  NOTICE_URGENCIES,
  NOTICE_URGENCY_LABELS,
} from '@contract/notice/labels'
import { NOTICE_LIMITS } from '@contract/limits'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useForm, useQuery } from '@/data'
import { isoDay, shortDate } from '@/utils/format'
import dayjs from 'dayjs'
import { check, emptyDraft } from './draft'
import { ImagesField } from './ImagesField'
import { TargetPicker } from './TargetPicker'
import { usePostNotice } from './usePostNotice'
import '../../components/notice.css'

/**
 * 发布通知: title, body, kind and urgency, who it is for (a building head only the buildings they
 * head; staff the whole station, buildings or units), whether it stays on top and until when.
 * Posted, it goes to the page that shows who has read it, ready to be shared to the group chat.
 */
export default function ComposeNotice() {
  return (
    <Screen testId='page-notice-compose'>
      <AccessGate allow={(p) => p.canVerify} deniedText='只有楼长和驿站工作人员可以发布通知'>
        {(me) => <Compose me={me} />}
      </AccessGate>
    </Screen>
  )
}

function Compose({ me }: { me: MeView }) {
  const staff = me.permissions.isStaff
  const buildings = useQuery('station', 'listBuildings', {})
  const { post, send, progress } = usePostNotice()
  const form = useForm(emptyDraft, { check, mutations: [post] })
  const { draft, set } = form
  const submit = () => send(form)
  return (
    <Loadable state={buildings} onRetry={buildings.reload}>
      {(b) => (
        <View className='card'>
          <TextField
            label='标题'
            required
            value={draft.title}
            onChange={(title) => set({ title })}
            maxlength={NOTICE_LIMITS.titleMax}
            placeholder='例如：周日8:00-14:00停水'
            error={form.error('title')}
            testId='notice-title-input'
          />
          <TextAreaField
            label='正文'
            required
            value={draft.body}
            onChange={(body) => set({ body })}
            maxlength={NOTICE_LIMITS.bodyMax}
            placeholder='什么事、什么时候、大家要做什么'
            error={form.error('body')}
            testId='notice-body-input'
          />
          <Field label='类别' required error={form.error('category')} testId='pick-category'>
            <Choices
              options={NOTICE_CATEGORIES}
              labels={NOTICE_CATEGORY_LABELS}
              value={draft.category}
              onChange={(category) => set({ category })}
            />
          </Field>
          <Field label='紧急程度' testId='pick-urgency'>
            <Choices
              options={NOTICE_URGENCIES}
              labels={NOTICE_URGENCY_LABELS}
              value={draft.urgency}
              onChange={(urgency) => set({ urgency })}
            />
          </Field>
          <TargetPicker
            draft={draft}
            set={set}
            buildings={b.items.filter(
              (x) => staff || me.member?.headOf.some((h) => h.buildingId === x.buildingId),
            )}
            canPostToAll={staff}
            error={form.error('target') ?? post.fieldErrorUnder('target')}
          />
          <View className='notice-switch' data-testid='pick-pinned'>
            <View>
              <View>置顶</View>
              <View className='text-s muted'>居民的通知列表里排在最前面</View>
            </View>
            <Switch
              checked={draft.pinned}
              color='#c8161d'
              onChange={(e) => set({ pinned: e.detail.value })}
            />
          </View>
          <Field label='显示到' hint='过了这一天，居民的列表里就不再显示' error={form.error('expiresOn')}>
            <Picker
              mode='date'
              value={draft.expiresOn || isoDay(dayjs().add(7, 'day'))}
              start={isoDay(dayjs())}
              onChange={(e) => set({ expiresOn: e.detail.value })}
            >
              <View className='picker' data-testid='pick-expiry'>
                {draft.expiresOn ? shortDate(draft.expiresOn) : '一直显示（直到撤回）'}
              </View>
            </Picker>
            {draft.expiresOn ? (
              <View className='link-line' onClick={() => set({ expiresOn: '' })}>
                改回一直显示
              </View>
            ) : null}
          </Field>
          <ImagesField
            images={draft.images}
            onChange={(images) => set({ images })}
            error={post.fieldErrorUnder('images')}
            progress={progress}
          />
          {form.formError ? <View className='danger'>{form.formError}</View> : null}
          <Btn
            className='btn btn--primary'
            disabled={form.busy || undefined}
            onClick={submit}
            data-testid='submit-notice'
          >
            {form.busy ? '正在发布…' : '发布'}
          </Btn>
        </View>
      )}
    </Loadable>
  )
}
