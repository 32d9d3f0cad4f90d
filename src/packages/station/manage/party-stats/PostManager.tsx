import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ServicePostView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Loadable } from '@/components/StateViews'
import { useMutation, useQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { PostForm, SAVES_POST } from './PostForm'

/** The service posts party members can claim: add, edit, switch off (a post in use is never deleted). */
export function PostManager() {
  const posts = useQuery('station', 'listServicePosts', {})
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <View className='card' data-testid='post-manager'>
      <View className='card__title'>服务岗位</View>
      <View className='staff-line'>党员报到时可以认领这些岗位。有人认领的岗位不能删除，可以停用。</View>
      <Loadable
        state={posts}
        onRetry={posts.reload}
        isEmpty={(l) => l.items.length === 0}
        empty={<View className='muted'>还没有服务岗位，请添加。</View>}
      >
        {({ items }) => (
          <View>
            {items.map((p) =>
              editing === p.postId ? (
                <PostForm key={p.postId} post={p} onDone={() => setEditing(null)} />
              ) : (
                <PostRow key={p.postId} post={p} onEdit={() => setEditing(p.postId)} />
              ),
            )}
          </View>
        )}
      </Loadable>
      {editing === 'new' ? (
        <PostForm post={null} onDone={() => setEditing(null)} />
      ) : (
        <Btn className='btn btn--plain' onClick={() => setEditing('new')} data-testid='add-post'>
          ＋ 添加岗位
        </Btn>
      )}
    </View>
  )
}

function PostRow({ post, onEdit }: { post: ServicePostView; onEdit(): void }) {
  const save = useMutation('station', 'saveServicePost', SAVES_POST)
  const toggle = async () => {
    const saved = await save.run({
      postId: post.postId,
      name: post.name,
      description: post.description,
      active: !post.active,
    })
    if (saved) toastDone(saved.active ? '已启用' : '已停用')
  }
  return (
    <View className='staff-item' data-testid={`post-${post.postId}`}>
      <View className='staff-item__head'>
        <View className='title-l'>{post.name}</View>
        <View className={`tag ${post.active ? 'tag--ok' : 'tag--grey'}`} data-testid='post-status'>
          {post.active ? '启用中' : '已停用'}
        </View>
      </View>
      {post.description ? <View className='staff-line'>{post.description}</View> : null}
      <View className='staff-line'>已有 {post.claimedCount} 人认领</View>
      {save.formError ? <View className='banner banner--red'>{save.formError}</View> : null}
      <View className='staff-actions'>
        <Btn className='btn btn--ghost' disabled={save.busy} onClick={onEdit} data-testid='edit-post'>
          编辑
        </Btn>
        <Btn className='btn btn--ghost' disabled={save.busy} onClick={toggle} data-testid='toggle-post'>
          {save.busy ? '正在保存…' : post.active ? '停用' : '启用'}
        </Btn>
      </View>
    </View>
  )
}
