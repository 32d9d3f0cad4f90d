/**
 * The error for a data directory that is damaged rather than merely cut short by a crash. Opening
 * refuses with it and changes nothing, because cutting or skipping the damage would silently drop
 * acknowledged writes. Its message is for whoever ran `npm start`, in plain Chinese: which file,
 * which byte, what it means, and the command that salvages what is intact.
 */
import path from 'path'
import { DbError } from './errors'

export class DataCorruptionError extends DbError {
  constructor(
    readonly dir: string,
    readonly file: string,
    readonly offset: number,
    /** What the damage means, one plain sentence that follows "在第 N 字节处损坏，". */
    readonly meaning: string,
  ) {
    super('DATA_CORRUPT', corruptionMessage(dir, file, offset, meaning))
    this.name = 'DataCorruptionError'
    // The operator needs the message; a call stack would only bury it.
    this.stack = `${this.name}: ${this.message}`
  }
}

function corruptionMessage(dir: string, file: string, offset: number, meaning: string): string {
  const repair = `LOCALCLOUD_DIR='${path.resolve(dir)}' npm run admin -- repair`
  return (
    `数据文件 ${path.basename(file)} 在第 ${offset} 字节处损坏，${meaning}。` +
    `为了不丢数据，本地云没有打开数据目录 ${dir}，也没有改动其中任何文件。` +
    `请先停止本地云，再运行 ${repair}：它把损坏处前后所有完好的记录抢救到新的数据目录，` +
    '原目录原样保留在旁边，并列出丢失了什么。'
  )
}

/** Damage with intact records after it: not a crash, which only ever leaves the last write unfinished. */
export function damageBeforeRecords(dir: string, file: string, offset: number, next: RecordPlace) {
  return new DataCorruptionError(
    dir,
    file,
    offset,
    `其后还有完好的记录（${path.basename(next.file)} 第 ${next.offset} 字节起，编号 ${next.seq}），` +
      '这不是崩溃时没写完的末尾',
  )
}

export function lastRecordDamaged(dir: string, file: string, offset: number) {
  return new DataCorruptionError(
    dir,
    file,
    offset,
    '最后一条记录已经完整写入，内容却与校验和不符；崩溃只会留下没写完的记录，这是文件内容被改坏了',
  )
}

export function olderFileDamaged(dir: string, file: string, offset: number, later: string) {
  return new DataCorruptionError(
    dir,
    file,
    offset,
    `而它之后还有更新的数据文件 ${path.basename(later)}，所以这不是崩溃时没写完的末尾`,
  )
}

export interface RecordPlace {
  file: string
  offset: number
  seq: number
}

/** Records are numbered one by one; a missing number is a whole commit gone (a file lost or replaced). */
export function seqGap(dir: string, at: RecordPlace, expected: number) {
  const what = at.seq > expected ? `第 ${expected}–${at.seq - 1} 号提交不见了` : '编号重复或倒退'
  return new DataCorruptionError(
    dir,
    at.file,
    at.offset,
    `这里的记录编号是 ${at.seq}，应当是 ${expected}：${what}` +
      '（可能有数据文件被删除、替换，或快照与日志不属于同一份数据）',
  )
}

export function snapshotDamaged(dir: string, file: string, offset: number, what: string) {
  return new DataCorruptionError(dir, file, offset, `快照${what}`)
}
