import type { Collections } from '../../cloudfunctions/_kernel/collections'

/** Documents to seed, by collection. */
export type SeedSet = { [K in keyof Collections]?: Collections[K][] }
