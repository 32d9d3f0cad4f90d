import { Input, Switch, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { ServicePostView } from '@contract/station'
import { Field } from '@/components/Field'
import { toastDone } from '@/services/platform/feedback'
import { usePartyStats } from '@/stores/staff/partyStats'
import { Btn } from '@/components/Btn'
import { fieldError } from '../components/fieldError'

interface PostDraft {
  name: string
  description: string
  active: boolean
}

const NEW_POST: PostDraft = { name: '', description: '', active: true }

/** Add a post (`post` null) or edit one. */
export function PostForm({ post, onDone }: { post: ServicePostView | null; onDone(): void }) {
  const { saving, saveError, savePost, clearError } = usePartyStats()
  const [draft, setDraft] = useState<PostDraft>(post ?? NEW_POST)
  const key = post ? post.postId : 'new'
  const error = saveError?.postId === key ? saveError.error : null
  const err = (f: string) => fieldError(error, f)
  const edit = (p: Partial<PostDraft>) => setDraft({ ...draft, ...p })

  const submit = async () => {
    const input = { name: draft.name.trim(), description: draft.description.trim(), active: draft.active }
    const saved = await savePost(post ? { ...input, postId: post.postId } : input)
    if (!saved) return
    toastDone(post ? '已保存' : '已添加')
    onDone()
  }
  const cancel = () => {
    clearError()
    onDone()
  }

  return (
    <View className='staff-sub' data-testid={`post-form-${key}`}>
      <View className='staff-sub__head'>{post ? '修改岗位' : '添加岗位'}</View>
      <Field label='岗位名称' error={err('name')}>
        <Input
          className={`input${err('name') ? ' input--error' : ''}`}
          value={draft.name}
          maxlength={20}
          placeholder='如：平安巡逻'
          onInput={(e) => edit({ name: e.detail.value })}
          data-testid='post-name'
        />
      </Field>
      <Field label='岗位说明（选填）' error={err('description')}>
        <Textarea
          className='textarea'
          value={draft.description}
          maxlength={200}
          placeholder='做什么、多久一次'
          onInput={(e) => edit({ description: e.detail.value })}
          data-testid='post-description'
        />
      </Field>
      <View className='row'>
        <View>启用（党员可以认领）</View>
        <Switch
          checked={draft.active}
          color='#c8161d'
          onChange={(e) => edit({ active: e.detail.value })}
          data-testid='post-active'
        />
      </View>
      {error && !error.field ? (
        <View className='banner banner--red' data-testid='post-error'>
          {error.message}
        </View>
      ) : null}
      <View className='staff-actions'>
        <Btn className='btn btn--primary' disabled={saving === key} onClick={submit} data-testid='save-post'>
          {saving === key ? '正在保存…' : '保存'}
        </Btn>
        <Btn className='btn btn--ghost' disabled={saving === key} onClick={cancel}>
          取消
        </Btn>
      </View>
    </View>
  )
}
