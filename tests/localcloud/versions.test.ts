/**
 * Snapshot versions are kept only while an open transaction may read them (white-box: the
 * collection store, since memory use is not visible through the SDK).
 */
import { CollectionStore } from '../../localcloud/db/collection'

test('an older version is readable at its snapshot while history is kept, and dropped by pruning', () => {
  const store = new CollectionStore('c')
  store.apply('a', { _id: 'a', v: 1 }, 1, false)
  store.apply('a', { _id: 'a', v: 2 }, 2, true)
  expect(store.readAt('a', 1)).toEqual({ _id: 'a', v: 1 })
  expect(store.readAt('a', 2)).toEqual({ _id: 'a', v: 2 })
  store.prune(1)
  expect(store.readAt('a', 1)).toEqual({ _id: 'a', v: 1 })
  store.prune(Number.POSITIVE_INFINITY)
  expect(store.versions.get('a')?.prev).toBeUndefined()
})

test('a deletion leaves a tombstone only while a snapshot still sees the document', () => {
  const store = new CollectionStore('c')
  store.apply('a', { _id: 'a' }, 1, false)
  store.apply('a', null, 2, true)
  expect(store.head('a')).toBeNull()
  expect(store.readAt('a', 1)).toEqual({ _id: 'a' })
  expect([...store.live()]).toEqual([])
  store.prune(Number.POSITIVE_INFINITY)
  expect(store.versions.has('a')).toBe(false)
})

test('without open transactions no history is kept at all', () => {
  const store = new CollectionStore('c')
  store.apply('a', { _id: 'a', v: 1 }, 1, false)
  store.apply('a', { _id: 'a', v: 2 }, 2, false)
  store.apply('b', { _id: 'b' }, 3, false)
  store.apply('b', null, 4, false)
  expect(store.versions.get('a')?.prev).toBeUndefined()
  expect(store.versions.has('b')).toBe(false)
})
