import type { Collections } from '../../types/collections'

/** Documents to seed, by collection. */
export type SeedSet = { [K in keyof Collections]?: Collections[K][] }
