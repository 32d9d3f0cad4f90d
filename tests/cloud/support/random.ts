/**
 * A seeded pseudo-random pick for property tests: `pick(n)` answers 0…n-1, the same sequence for
 * the same seed, so a failing run names its seed and can be run again exactly.
 */
export function seededPick(seed: number): (n: number) => number {
  let x = seed >>> 0
  return (n: number) => {
    x = (x * 1664525 + 1013904223) >>> 0
    return Math.floor((x / 2 ** 32) * n)
  }
}
