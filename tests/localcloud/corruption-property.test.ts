/**
 * The durability promise under random damage: after any bytes of a data directory's files (the
 * snapshot and every journal) are changed, opening either succeeds with every acknowledged write
 * present and unchanged, or refuses with DataCorruptionError and leaves every file as it was.
 * Never a silent loss. Trials also append unfinished writes, which must be cut without loss.
 * The random source is seeded (CORRUPTION_SEED to try another), so a failure replays exactly.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { isDeepStrictEqual } from 'util'
import { DataCorruptionError, LocalDatabase } from '../../localcloud/db'
import { encodeFrame } from '../../localcloud/db/journal-frame'
import {
  buildDataDir,
  contentsOf,
  copyFiles,
  frames,
  journalNames,
  randomSource,
  readFiles,
  writeFiles,
} from './helpers/data-dir'
import type { Contents, Files } from './helpers/data-dir'

const TRIALS = Number(process.env.CORRUPTION_TRIALS ?? 400)
const SEED = Number(process.env.CORRUPTION_SEED ?? 20240607)

let root: string
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-corrupt-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

interface Layout {
  name: string
  files: Files
  expected: Contents
}

type Random = (below: number) => number

/** Each damage returns a description of what it did, for the failure message. */
const damages: [string, (files: Files, random: Random) => string][] = [
  ['flip bytes anywhere', flipAnywhere],
  ['flip bytes anywhere', flipAnywhere],
  ['overwrite a run of bytes', overwriteRun],
  ['flip bytes in the newest record', flipNewestRecord],
  ['append an unfinished write', appendUnfinished],
]

test(`${TRIALS} random damages: every acknowledged write survives, or opening refuses and changes nothing`, async () => {
  const layouts: Layout[] = []
  for (const [name, options] of [
    ['snapshot + journal + covered leftover journal', { compact: true, leftover: true }],
    ['snapshot + journal', { compact: true, leftover: false }],
    ['journal only', { compact: false, leftover: false }],
  ] as const) {
    const dir = path.join(root, `layout-${layouts.length}`)
    const expected = await buildDataDir(dir, options)
    layouts.push({ name, files: readFiles(dir), expected })
  }
  const random = randomSource(SEED)
  const failures: string[] = []
  const outcomes = { opened: 0, refused: 0 }
  for (let trial = 0; trial < TRIALS; trial++) {
    const layout = layouts[random(layouts.length)]
    const [kind, damage] = damages[random(damages.length)]
    const files = copyFiles(layout.files)
    const what = `${kind}: ${damage(files, random)}`
    const dir = path.join(root, 'trial')
    writeFiles(dir, files)
    const verdict = await openAndJudge(dir, files, layout.expected)
    outcomes[verdict.outcome]++
    if (verdict.failure)
      failures.push(`seed ${SEED} trial ${trial} (${layout.name}; ${what}): ${verdict.failure}`)
  }
  expect(failures).toEqual([])
  if (process.env.CORRUPTION_TRIALS) console.log(outcomes)
  // Both outcomes must really occur, or the test proves less than it claims.
  expect(outcomes.opened).toBeGreaterThan(TRIALS / 10)
  expect(outcomes.refused).toBeGreaterThan(TRIALS / 2)
}, 60_000)

async function openAndJudge(dir: string, before: Files, expected: Contents) {
  let db: LocalDatabase
  try {
    db = await LocalDatabase.open({ dir })
  } catch (err) {
    if (!(err instanceof DataCorruptionError)) return { outcome: 'refused' as const, failure: `threw ${err}` }
    const after = readFiles(dir)
    const same =
      after.size === before.size && [...before].every(([name, data]) => after.get(name)?.equals(data))
    return { outcome: 'refused' as const, failure: same ? null : 'refused but changed files' }
  }
  const contents = contentsOf(db)
  await db.close()
  return {
    outcome: 'opened' as const,
    failure: isDeepStrictEqual(contents, expected) ? null : 'opened with different data',
  }
}

function dataFiles(files: Files): string[] {
  return [...files.keys()].filter((name) => name.startsWith('journal-') || name.startsWith('snapshot'))
}

/** 1–4 bytes at random positions across all data files, each XORed with a random non-zero value. */
function flipAnywhere(files: Files, random: Random): string {
  const names = dataFiles(files)
  const total = names.reduce((n, name) => n + (files.get(name) as Buffer).length, 0)
  const flips = 1 + random(4)
  const done: string[] = []
  for (let i = 0; i < flips; i++) {
    const [name, at] = locate(files, names, random(total))
    ;(files.get(name) as Buffer)[at] ^= 1 + random(255)
    done.push(`${name}@${at}`)
  }
  return done.join(', ')
}

/** The file and offset of the `position`th byte of the files taken end to end. */
function locate(files: Files, names: string[], position: number): [string, number] {
  let at = position
  for (const name of names) {
    const size = (files.get(name) as Buffer).length
    if (at < size) return [name, at]
    at -= size
  }
  throw new Error('position beyond the files')
}

/**
 * A run of 1–64 random bytes written over any data file. Shorter than the layouts' last record:
 * a last record overwritten whole is indistinguishable from the stale bytes a crash can leave
 * after the previous one (journal-scan.ts, `looksTorn`), so no rule can catch that case.
 */
function overwriteRun(files: Files, random: Random): string {
  const names = dataFiles(files)
  const name = names[random(names.length)]
  const data = files.get(name) as Buffer
  const start = random(data.length)
  const length = Math.min(1 + random(64), data.length - start)
  for (let i = 0; i < length; i++) data[start + i] = random(256)
  return `${name}@${start}+${length}`
}

/** The last record is the one a torn-tail rule could wrongly cut: damage it specifically. */
function flipNewestRecord(files: Files, random: Random): string {
  const name = journalNames(files).pop() as string
  const data = files.get(name) as Buffer
  const last = frames(data).pop()
  if (!last) return 'no record'
  const flips = 1 + random(2)
  const done: number[] = []
  for (let i = 0; i < flips; i++) {
    const at = last.offset + random(last.end - last.offset)
    data[at] ^= 1 + random(255)
    done.push(at)
  }
  return `${name}@${done.join(',')}`
}

/**
 * What a crash leaves of a write that was never acknowledged: the first part of a frame, zeros
 * where the file grew but the data never reached the disk, or bytes that are no frame at all.
 */
function appendUnfinished(files: Files, random: Random): string {
  const name = journalNames(files).pop() as string
  const data = files.get(name) as Buffer
  const seq = (frames(data).pop()?.record.seq ?? 0) + 1
  const doc = { _id: 'never-acknowledged', text: 'x'.repeat(random(2000)) }
  const frame = encodeFrame({ seq, ops: [{ type: 'put', collection: 'log', id: doc._id, doc }] })
  const tails: [string, Buffer][] = [
    ['prefix', frame.subarray(0, 1 + random(frame.length - 1))],
    ['zeros', Buffer.alloc(1 + random(1500))],
    ['text', Buffer.from('garbage, not a frame '.repeat(1 + random(5)))],
  ]
  const [kind, tail] = tails[random(tails.length)]
  files.set(name, Buffer.concat([data, tail]))
  return `${name}: ${kind} of ${tail.length} bytes`
}
