import { Picker, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { useState } from 'react'
import { WISH_CATEGORY_LABELS, WISH_CATEGORY_OPTIONS } from '@contract/labels'
import { WISH_LIMITS } from '@contract/limits'
import type { WishCategory, WishResident } from '@contract/wish'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Choices, Field, TextAreaField, TextField } from '@/components/Field'
import { Screen } from '@/components/Screen'
import type { LocalImage, Problems } from '@/data'
import { uploadImages, UploadError, useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'
import { useSession } from '@/stores/session'
import { isoDay, shortDate } from '@/utils/format'
import { PhotoPicker } from '../components/PhotoPicker'
import { detailUrl, WISH_VIEWS } from '../components/moves'
import { WishGate } from '../components/WishGate'
import { ResidentChooser } from './ResidentChooser'
import '../components/wish.css'

interface Draft {
  title: string
  description: string
  category: WishCategory | null
  neededBy: string
  images: LocalImage[]
  contactPhone: string
  addressNote: string
  forMember: WishResident | null
}

const FIRST: Draft = {
  title: '',
  description: '',
  category: null,
  neededBy: isoDay(dayjs().add(7, 'day')),
  images: [],
  contactPhone: '',
  addressNote: '',
  forMember: null,
}

/**
 * 发布心愿: what, why, which kind, by when, a few photos; how to reach the wisher stays between
 * them, the helper and staff. Posted by a resident, by a stand-in for the neighbour they act for
 * (代办), or by staff for a resident without a phone (`?for=resident`).
 */
export default function PostPage() {
  const forResident = useRouter().params.for === 'resident'
  return (
    <Screen testId='page-wish-post'>
      <WishGate>{(me) => <PostForm me={me} forResident={forResident} />}</WishGate>
    </Screen>
  )
}

function check(staffPosting: boolean) {
  return (d: Draft): Problems => ({
    title: d.title.trim() ? undefined : '请写下您的心愿',
    description: d.description.trim() ? undefined : '请说明一下具体情况',
    category: d.category ? undefined : '请选择心愿类别',
    contactPhone: !d.contactPhone || /^1[3-9]\d{9}$/.test(d.contactPhone) ? undefined : '手机号应为11位数字',
    forMemberId: !staffPosting || d.forMember ? undefined : '请选择替哪位居民发布',
  })
}

function PostForm({ me, forResident }: { me: MeView; forResident: boolean }) {
  const stationId = useSession((s) => s.station?.stationId ?? '')
  const actingFor = useSession((s) => s.actingFor)
  const staffPosting = forResident && me.permissions.isStaff && !actingFor
  const post = useMutation('wish', 'post', { forPrincipal: true, invalidates: WISH_VIEWS })
  const form = useForm<Draft>(FIRST, { check: check(staffPosting), mutations: [post] })
  const [uploading, setUploading] = useState<string | null>(null)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const d = form.draft

  const send = () =>
    form.submit(async (x) => {
      setUploadError(null)
      let images: string[]
      try {
        setUploading(x.images.length ? '正在上传照片…' : null)
        images = await uploadImages(stationId, 'wish', x.images, (p) =>
          setUploading(`正在上传第${p.index + 1}张照片（共${p.total}张）`),
        )
      } catch (err) {
        setUploadError(err instanceof UploadError ? err.message : '照片没有传上去，请检查网络后重试')
        return null
      } finally {
        setUploading(null)
      }
      const done = await post.run({
        title: x.title.trim(),
        description: x.description.trim(),
        category: x.category!,
        neededBy: x.neededBy,
        images,
        ...(x.contactPhone ? { contactPhone: x.contactPhone } : {}),
        addressNote: x.addressNote.trim(),
        ...(staffPosting && x.forMember ? { forMemberId: x.forMember.memberId } : {}),
      })
      if (!done) return null
      toastDone('已发布')
      Taro.redirectTo({ url: detailUrl(done.wishId) })
      return done
    })

  const whose = whoseNumber(staffPosting, actingFor?.name)
  return (
    <View>
      <PostingFor staffPosting={staffPosting} principal={actingFor?.name} />
      <View className='card'>
        {staffPosting ? (
          <ResidentChooser
            value={d.forMember}
            onChange={(forMember) => form.set({ forMember })}
            error={form.error('forMemberId')}
          />
        ) : null}
        <TextField
          label='我的心愿'
          value={d.title}
          onChange={(title) => form.set({ title })}
          maxlength={WISH_LIMITS.titleMax}
          placeholder='一句话，如：想请人帮忙换个灯泡'
          error={form.error('title')}
          required
          testId='wish-title'
        />
        <TextAreaField
          label='具体情况'
          value={d.description}
          onChange={(description) => form.set({ description })}
          maxlength={WISH_LIMITS.descriptionMax}
          placeholder='需要什么帮助、什么时间方便'
          error={form.error('description')}
          required
          testId='wish-description'
        />
        <Field label='心愿类别' error={form.error('category')} required>
          <Choices
            options={WISH_CATEGORY_OPTIONS}
            labels={WISH_CATEGORY_LABELS}
            value={d.category}
            onChange={(category) => form.set({ category })}
            testId='wish-category'
          />
        </Field>
        <Field label='希望在哪天前完成' error={form.error('neededBy')} required>
          <Picker
            mode='date'
            value={d.neededBy}
            start={isoDay(dayjs())}
            end={isoDay(dayjs().add(WISH_LIMITS.neededByMaxDays, 'day'))}
            onChange={(e) => form.set({ neededBy: e.detail.value })}
          >
            <View className='picker' data-testid='wish-needed-by'>
              {shortDate(d.neededBy)}
            </View>
          </Picker>
        </Field>
        <Field label='照片（可不传）' hint='最多3张' error={uploadError ?? form.error('images')}>
          <PhotoPicker
            value={d.images}
            onChange={(images) => form.set({ images })}
            max={3}
            testId='wish-photos'
          />
        </Field>
      </View>
      <View className='card'>
        <View className='card__title'>怎么联系</View>
        <View className='text-s muted'>
          联系电话和门牌只给认领的志愿者和驿站工作人员看，心愿墙上只显示楼栋。
        </View>
        <TextField
          label='联系电话（可不填）'
          hint={`不填就用${whose}`}
          type='number'
          value={d.contactPhone}
          onChange={(contactPhone) => form.set({ contactPhone })}
          maxlength={11}
          error={form.error('contactPhone')}
          testId='wish-contact-phone'
        />
        <TextField
          label='怎么找到您家（可不填）'
          hint='如：一楼东户，门口有两盆花'
          value={d.addressNote}
          onChange={(addressNote) => form.set({ addressNote })}
          maxlength={WISH_LIMITS.addressNoteMax}
          error={form.error('addressNote')}
          testId='wish-address-note'
        />
      </View>
      {form.formError ? <View className='banner banner--red'>{form.formError}</View> : null}
      <Btn
        className='btn btn--primary'
        disabled={form.busy || !!uploading}
        onClick={send}
        data-testid='wish-submit'
      >
        {uploading ?? (form.busy ? '正在发布…' : '发布心愿')}
      </Btn>
      <View className='text-s muted'>发布后由驿站工作人员审核，通过后出现在心愿墙上。</View>
    </View>
  )
}

function whoseNumber(staffPosting: boolean, principal: string | undefined): string {
  if (staffPosting) return '这位居民登记的手机号'
  return principal ? `${principal}登记的手机号（没有的话用您的）` : '您登记的手机号'
}

/** Says whose wish this will be when it is not the poster's own. */
function PostingFor({ staffPosting, principal }: { staffPosting: boolean; principal?: string }) {
  if (principal)
    return (
      <View className='banner banner--info' data-testid='post-for-principal'>
        这个心愿以{principal}的名义发布，进展会告诉您。
      </View>
    )
  if (staffPosting)
    return <View className='banner banner--info'>替没有手机的居民发布：发布后直接上心愿墙，不用再审核。</View>
  return null
}
