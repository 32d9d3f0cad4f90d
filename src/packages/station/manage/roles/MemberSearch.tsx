import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberRow } from '@contract/station'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { usePagedQuery } from '@/data'
import { MemberTags } from '../../components/MemberTags'

/** Find a resident by (part of) their name; only verified residents can be picked. */
export function MemberSearch({ onPick }: { onPick(member: MemberRow): void }) {
  const [text, setText] = useState('')
  const [query, setQuery] = useState<string | null>(null)
  return (
    <View>
      <View className='staff-inline'>
        <Input
          className='input'
          value={text}
          maxlength={20}
          placeholder='输入姓名，如：张'
          confirmType='search'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={() => setQuery(text.trim())}
          data-testid='member-search-input'
        />
        <Btn className='btn btn--plain' onClick={() => setQuery(text.trim())} data-testid='member-search'>
          搜索
        </Btn>
      </View>
      {query !== null ? <Results query={query} onPick={onPick} /> : null}
    </View>
  )
}

function Results({ query, onPick }: { query: string; onPick(member: MemberRow): void }) {
  const list = usePagedQuery('station', 'searchMembers', { q: query }, { pageSize: 10 })
  return (
    <PagedList
      list={list}
      testId='member-results'
      keyOf={(m) => m.memberId}
      emptyTitle={query ? `没有找到“${query}”` : '还没有居民'}
      emptyHint={<View className='text-s'>请换个字再试，或确认对方已在驿站登记。</View>}
      renderItem={(m) => (
        <View className='staff-item' data-testid={`result-${m.memberId}`}>
          <View className='staff-inline'>
            <View className='staff-grow'>
              <View className='title-l'>{m.name}</View>
              <View className='staff-line'>{m.household?.label ?? '未关联房屋'}</View>
              <MemberTags member={m} withStatus />
            </View>
            {m.status === 'verified' ? (
              <Btn className='btn btn--primary' onClick={() => onPick(m)} data-testid='pick-member'>
                选择
              </Btn>
            ) : (
              <View className='staff-line'>未认证</View>
            )}
          </View>
        </View>
      )}
    />
  )
}
