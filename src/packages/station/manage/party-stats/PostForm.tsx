import { Switch, View } from '@tarojs/components'
import type { ServicePostView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { TextAreaField, TextField } from '@/components/Field'
import type { MutationOptions, Problems } from '@/data'
import { useForm, useMutation } from '@/data'
import { toastDone } from '@/platform/feedback'

interface PostDraft {
  name: string
  description: string
  active: boolean
}

const NEW_POST: PostDraft = { name: '', description: '', active: true }

/** Saving a post changes the list and the counts in the tables above it. */
export const SAVES_POST: MutationOptions = {
  fields: ['name', 'description', 'active'],
  invalidates: ['station.listServicePosts', 'station.partyStats'],
}

const check = (d: PostDraft): Problems => ({ name: d.name.trim() ? undefined : '请填写岗位名称' })

/** Add a post (`post` null) or edit one. */
export function PostForm({ post, onDone }: { post: ServicePostView | null; onDone(): void }) {
  const save = useMutation('station', 'saveServicePost', SAVES_POST)
  const form = useForm<PostDraft>(post ?? NEW_POST, { check, mutations: [save] })
  const d = form.draft

  const submit = async () => {
    const saved = await form.submit((x) => {
      const input = { name: x.name.trim(), description: x.description.trim(), active: x.active }
      return save.run(post ? { ...input, postId: post.postId } : input)
    })
    if (!saved) return
    toastDone(post ? '已保存' : '已添加')
    onDone()
  }

  return (
    <View className='staff-sub' data-testid={`post-form-${post ? post.postId : 'new'}`}>
      <View className='staff-sub__head'>{post ? '修改岗位' : '添加岗位'}</View>
      <TextField
        label='岗位名称'
        value={d.name}
        onChange={(name) => form.set({ name })}
        maxlength={20}
        placeholder='如：平安巡逻'
        error={form.error('name')}
        testId='post-name'
      />
      <TextAreaField
        label='岗位说明（选填）'
        value={d.description}
        onChange={(description) => form.set({ description })}
        maxlength={200}
        placeholder='做什么、多久一次'
        error={form.error('description')}
        testId='post-description'
      />
      <View className='row'>
        <View>启用（党员可以认领）</View>
        <Switch
          checked={d.active}
          color='#c8161d'
          onChange={(e) => form.set({ active: e.detail.value })}
          data-testid='post-active'
        />
      </View>
      {form.formError ? (
        <View className='banner banner--red' data-testid='post-error'>
          {form.formError}
        </View>
      ) : null}
      <View className='staff-actions'>
        <Btn className='btn btn--primary' disabled={form.busy} onClick={submit} data-testid='save-post'>
          {form.busy ? '正在保存…' : '保存'}
        </Btn>
        <Btn className='btn btn--ghost' disabled={form.busy} onClick={onDone}>
          取消
        </Btn>
      </View>
    </View>
  )
}
