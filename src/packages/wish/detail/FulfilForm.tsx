import { View } from '@tarojs/components'
import { useState } from 'react'
import { WISH_LIMITS } from '@contract/limits'
import { Btn } from '@/components/Btn'
import { Field, TextAreaField } from '@/components/Field'
import type { LocalImage, Problems } from '@/data'
import { uploadImages, UploadError, useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { useSession } from '@/stores/session'
import { PhotoPicker } from '../components/PhotoPicker'
import { WISH_VIEWS } from '../components/moves'

interface Draft {
  note: string
  images: LocalImage[]
}

const check = (d: Draft): Problems => ({
  note: d.note.trim() ? undefined : '请写一下完成情况',
  images: d.images.length ? undefined : '请至少拍一张完成时的照片',
})

/** The claimer marks the wish done: what was done, and at least one photo of it. */
export function FulfilForm({ wishId, onDone }: { wishId: string; onDone(): void }) {
  const stationId = useSession((s) => s.station?.stationId ?? '')
  const fulfil = useMutation('wish', 'fulfil', { invalidates: WISH_VIEWS, fields: ['note', 'images'] })
  const form = useForm<Draft>({ note: '', images: [] }, { check, mutations: [fulfil] })
  const [uploading, setUploading] = useState(false)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const send = () =>
    form.submit(async (d) => {
      setUploadError(null)
      setUploading(true)
      let images: string[]
      try {
        images = await uploadImages(stationId, 'fulfilment', d.images)
      } catch (err) {
        setUploadError(err instanceof UploadError ? err.message : '照片没有传上去，请检查网络后重试')
        return null
      } finally {
        setUploading(false)
      }
      const done = await fulfil.run({ wishId, note: d.note.trim(), images })
      if (done) {
        toastDone('已标记完成')
        onDone()
      }
      return done
    })
  return (
    <View className='card' data-testid='fulfil-form'>
      <View className='card__title'>标记完成</View>
      <TextAreaField
        label='完成情况'
        value={form.draft.note}
        onChange={(note) => form.set({ note })}
        maxlength={WISH_LIMITS.noteMax}
        placeholder='如：换好了新灯泡，试过了能亮'
        error={form.error('note')}
        required
        testId='fulfil-note'
      />
      <Field
        label='完成时的照片'
        hint='最多6张，许愿人和驿站能看到'
        error={uploadError ?? form.error('images')}
        required
      >
        <PhotoPicker
          value={form.draft.images}
          onChange={(images) => form.set({ images })}
          max={6}
          addText='拍照或选图'
          testId='fulfil-photos'
        />
      </Field>
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={form.busy || uploading}
        onClick={send}
        data-testid='fulfil-send'
      >
        {uploading ? '正在上传照片…' : form.busy ? '正在提交…' : '确认已完成'}
      </Btn>
      <Btn className='btn btn--ghost' onClick={onDone}>
        取消
      </Btn>
    </View>
  )
}
