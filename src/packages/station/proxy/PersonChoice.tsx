import { View } from '@tarojs/components'
import { RELATION_LABELS } from '@contract/labels'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'

/** The choice for someone not registered in the home yet. */
export const NEW_PERSON = 'new'

interface Props {
  householdId: string
  value: string | null
  onChange(principalId: string): void
}

/**
 * Who in that home to act for: the people registered there (names partly hidden, 王**), or
 * someone not registered yet. Never matched by a typed name: a request names a person.
 */
export function PersonChoice({ householdId, value, onChange }: Props) {
  const people = useQuery('station', 'householdPeople', { householdId })
  return (
    <Loadable state={people} onRetry={people.reload}>
      {({ items }) => (
        <View className='choice-group' data-testid='pick-person'>
          {items.map((p) => (
            <View
              key={p.memberId}
              className={`choice${value === p.memberId ? ' choice--on' : ''}`}
              onClick={() => onChange(p.memberId)}
              data-testid={`person-${p.memberId}`}
            >
              {p.name}
              {p.relation ? `（${RELATION_LABELS[p.relation]}）` : ''}
            </View>
          ))}
          <View
            className={`choice${value === NEW_PERSON ? ' choice--on' : ''}`}
            onClick={() => onChange(NEW_PERSON)}
            data-testid='person-new'
          >
            {items.length ? '都不是：这位邻居还没有登记' : '这户还没有人登记：为邻居登记'}
          </View>
        </View>
      )}
    </Loadable>
  )
}
