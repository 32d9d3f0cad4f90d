/**
 * One process per data directory: a `LOCK` file created exclusively and holding the owner's pid.
 * A lock whose pid no longer runs is stale (the owner was killed) and is taken over. Limits: a
 * recycled pid can make a stale lock look alive (remove the file by hand then), and two processes
 * taking over the same stale lock at the same instant are not arbitrated.
 */
import fs from 'fs/promises'
import path from 'path'
import { DbError } from './errors'

/** Directories this process holds, since our own pid always looks alive. */
const heldHere = new Set<string>()

export async function acquireDirLock(dir: string): Promise<() => Promise<void>> {
  const file = path.join(path.resolve(dir), 'LOCK')
  if (heldHere.has(file)) throw locked(dir, process.pid)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, `${process.pid}\n`, { flag: 'wx' })
      heldHere.add(file)
      return async () => {
        heldHere.delete(file)
        await fs.rm(file, { force: true })
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const owner = await readOwner(file)
      if (owner !== null && owner !== process.pid && isAlive(owner)) throw locked(dir, owner)
      await fs.rm(file, { force: true })
    }
  }
  throw locked(dir, null)
}

function locked(dir: string, pid: number | null): DbError {
  const who = pid === null ? 'another process' : `process ${pid}`
  return new DbError('DATA_DIR_LOCKED', `data directory ${dir} is in use by ${who}`)
}

async function readOwner(file: string): Promise<number | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  const pid = Number.parseInt(text, 10)
  return Number.isInteger(pid) && pid > 0 ? pid : null
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
