/**
 * Keyword search within a station without scanning text. A topic stores its search keys (`terms`):
 * every distinct Chinese character and pair of neighbouring characters in its title and body, and
 * every Latin or digit word. A query becomes keys the same way (pairs for a run of two or more
 * characters, the character itself for one), and a topic matches when it holds them all: one
 * `terms: _.all([...])` query on the index `{stationId, terms}` (a multikey index in the cloud),
 * never a regular expression over every body.
 *
 * "楼道灯" finds topics containing 楼道 and 道灯; like any pair index it may also find one where
 * both pairs occur apart, which for a few thousand neighbourhood topics is the right trade.
 * Pure functions: the cloud function, the bench's data generator and the tests share them.
 */

/** Keys per topic at most (a 1,000-character body has far fewer distinct pairs). */
export const MAX_TERMS = 3000
/** Keys per query at most: a longer query adds little and costs more to match. */
export const MAX_QUERY_TERMS = 12

const HAN = /\p{Script=Han}/u
const WORD = /[a-z0-9]/

/** Full-width to half-width, lower case: ＷＩＦＩ, Wifi and wifi are one word. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Runs of Chinese characters and runs of Latin letters or digits; everything else separates. */
function runs(text: string): { han: boolean; text: string }[] {
  const out: { han: boolean; text: string }[] = []
  let current: { han: boolean; text: string } | null = null
  for (const ch of normalize(text)) {
    const han = HAN.test(ch)
    const kind = han ? true : WORD.test(ch) ? false : null
    if (kind === null) {
      current = null
      continue
    }
    if (!current || current.han !== kind) {
      current = { han: kind, text: '' }
      out.push(current)
    }
    current.text += ch
  }
  return out
}

/** The search keys of a text (a topic's title and body). */
export function termsOf(...texts: string[]): string[] {
  const terms = new Set<string>()
  for (const text of texts) {
    for (const run of runs(text)) {
      if (!run.han) {
        terms.add(run.text)
        continue
      }
      const chars = [...run.text]
      chars.forEach((ch, i) => {
        terms.add(ch)
        if (i + 1 < chars.length) terms.add(ch + chars[i + 1])
      })
    }
  }
  return [...terms].slice(0, MAX_TERMS)
}

/** The keys a topic must hold to match the query; empty when the query has nothing to search by. */
export function queryTerms(q: string): string[] {
  const terms = new Set<string>()
  for (const run of runs(q)) {
    const chars = [...run.text]
    if (!run.han || chars.length === 1) terms.add(run.text)
    else for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i] + chars[i + 1])
  }
  // Longer keys first: a pair narrows more than a single character.
  return [...terms].sort((a, b) => [...b].length - [...a].length).slice(0, MAX_QUERY_TERMS)
}
