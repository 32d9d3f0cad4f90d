import { Picker, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { InputOf, OutputOf } from '@contract/api'
import type { TopicCategory } from '@contract/forum'
import { TOPIC_CATEGORIES } from '@contract/forum/entities'
import { CATEGORY_LABELS } from '@contract/forum/labels'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import type { LocalImage, Mutation, Problems } from '@/data'
import { uploadImages, UploadError, useForm, useMutation, useQuery, useSubscribe } from '@/data'
import { toastDone } from '@/platform/feedback'
import { onTap } from '@/platform/tap'
import { useSession } from '@/stores/session'
import { CheckLine } from '../components/CheckLine'
import { ForumGate } from '../components/ForumGate'
import { ImagePicker } from '../components/ImagePicker'
import { FORUM } from '../components/paths'
import '../forum.css'

interface Draft {
  title: string
  body: string
  category: TopicCategory | null
  buildingId: string
  images: LocalImage[]
  anonymous: boolean
  notify: boolean
}

const check = (d: Draft): Problems => ({
  title: d.title.trim().length >= L.titleMin ? undefined : `标题请写${L.titleMin}个字以上，说清是什么事`,
  body: d.body.trim() ? undefined : '请把情况写清楚：在哪里、什么问题、希望怎么解决',
  category: d.category ? undefined : '请选择一个分类',
})

/** 提议题: what, where, photos, and whether neighbours may see who raised it (staff always can). */
export default function RaisePage() {
  return (
    <Screen testId='page-raise'>
      <ForumGate>{() => <RaiseForm />}</ForumGate>
    </Screen>
  )
}

function RaiseForm() {
  const actingFor = useSession((s) => s.actingFor)
  const raise = useMutation('forum', 'raiseTopic', {
    forPrincipal: true,
    fields: ['title', 'body', 'category', 'buildingId', 'images', 'anonymous'],
    invalidates: ['forum.listTopics', 'forum.myTopics', 'forum.figures', 'forum.searchTopics'],
  })
  const sub = useSubscribe(['topicStatus'])
  const form = useForm<Draft>(
    () => ({
      title: '',
      body: '',
      category: null,
      // The whole compound unless chosen: defaulting to the author's own building would hint who wrote an anonymous topic.
      buildingId: '',
      images: [],
      anonymous: false,
      notify: true,
    }),
    { check, mutations: [raise] },
  )
  const d = form.draft

  const { send, progress, uploadError } = useSend(raise)

  const submit = onTap((tap) => {
    // WeChat asks for message consent only from the tap itself, before anything is awaited.
    if (d.notify && sub.available && !actingFor) void sub.ask(tap)
    return form.submit(send).then((topic) => {
      if (!topic) return
      toastDone('已提交')
      Taro.redirectTo({ url: FORUM.topic(topic.topicId) })
    })
  })

  return (
    <View>
      {actingFor ? (
        <View className='banner banner--info'>
          您在代{actingFor.name}提议题，议题算作{actingFor.name}提出的。
        </View>
      ) : null}
      <View className='card'>
        <TextField
          label='标题'
          value={d.title}
          onChange={(title) => form.set({ title })}
          maxlength={L.titleMax}
          placeholder='一句话说清楚，如：3栋楼道灯坏了'
          error={form.error('title')}
          required
          testId='raise-title'
        />
        <TextAreaField
          label='具体情况'
          value={d.body}
          onChange={(body) => form.set({ body })}
          maxlength={L.bodyMax}
          placeholder='在哪里、什么问题、持续多久、希望怎么解决'
          error={form.error('body')}
          required
          testId='raise-body'
        />
        <Field label='分类' error={form.error('category')} required>
          <Choices<TopicCategory>
            options={TOPIC_CATEGORIES}
            labels={CATEGORY_LABELS}
            value={d.category}
            onChange={(category) => form.set({ category })}
            testId='raise-category'
          />
        </Field>
        <Field label='涉及楼栋' error={form.error('buildingId')}>
          <BuildingPicker value={d.buildingId} onChange={(buildingId) => form.set({ buildingId })} />
        </Field>
        <Field
          label={`照片（最多${9}张）`}
          error={form.error('images') ?? uploadError}
          hint='拍下现场，更容易说清楚'
        >
          <ImagePicker images={d.images} onChange={(images) => form.set({ images })} max={9} />
        </Field>
        <CheckLine
          checked={d.anonymous}
          onChange={(anonymous) => form.set({ anonymous })}
          title='匿名提出'
          note='其他居民看不到是谁提的；驿站工作人员能看到，方便联系您'
          testId='raise-anonymous'
        />
        {sub.available && !actingFor ? (
          <CheckLine
            checked={d.notify}
            onChange={(notify) => form.set({ notify })}
            title='有进展时微信通知我'
            testId='raise-notify'
          />
        ) : null}
      </View>
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      {progress ? <View className='banner banner--info'>{progress}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={form.busy || !!progress}
        onClick={submit}
        data-testid='raise-submit'
      >
        {progress ? '正在上传…' : form.busy ? '正在提交…' : '提交议题'}
      </Btn>
    </View>
  )
}

/** The building a topic is about, or the whole compound; a wheel picker, which suits 6 buildings or 189. */
function BuildingPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const buildings = useQuery('station', 'listBuildings', {})
  const options = [
    { id: '', name: '全小区' },
    ...(buildings.data?.items ?? []).map((b) => ({ id: b.buildingId, name: b.name })),
  ]
  const chosen = options.find((o) => o.id === value) ?? options[0]
  return (
    <Picker
      mode='selector'
      range={options.map((o) => o.name)}
      value={Math.max(0, options.indexOf(chosen))}
      onChange={(e) => onChange(options[Number(e.detail.value)].id)}
    >
      <View className='picker' data-testid='raise-building'>
        {chosen.name}
      </View>
    </Picker>
  )
}

/** Uploads the photos (into an anonymous folder for an anonymous topic), then raises the topic. */
function useSend(raise: Mutation<InputOf<'forum', 'raiseTopic'>, OutputOf<'forum', 'raiseTopic'>>) {
  const stationId = useSession((s) => s.station?.stationId ?? '')
  const [progress, setProgress] = useState<string | null>(null)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const send = async (draft: Draft) => {
    setUploadError(null)
    let images: string[]
    try {
      images = await uploadImages(
        stationId,
        'topic',
        draft.images,
        (p) => setProgress(`正在上传第${p.index + 1}张照片（${p.percent}%）`),
        { anonymous: draft.anonymous },
      )
    } catch (err) {
      setUploadError(err instanceof UploadError ? err.message : '照片没有传上去，请检查网络后重试')
      return null
    } finally {
      setProgress(null)
    }
    return raise.run({
      title: draft.title.trim(),
      body: draft.body.trim(),
      category: draft.category!,
      buildingId: draft.buildingId || undefined,
      images,
      anonymous: draft.anonymous,
    })
  }

  return { send, progress, uploadError }
}
