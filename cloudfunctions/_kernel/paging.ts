import type { Page } from '../../types/fields'

export function pageOf<T>(items: T[], total: number, skip: number, limit: number): Page<T> {
  return { items, total, skip, limit, hasMore: skip + items.length < total }
}
