/**
 * The repair command's report in plain Chinese: what was damaged, what was kept, what was lost
 * (skipped bytes, missing commit numbers), and where the original and the repaired data are now.
 */
import path from 'path'
import type { ByteRange } from './journal-scan'
import { SET_ASIDE_FILE } from './repair'
import type { RepairReport } from './repair'

export function describeRepair(report: RepairReport): string[] {
  if (!report.damage) return describeIntact(report)
  const { file, offset, meaning } = report.damage
  return [
    `发现损坏：${path.basename(file)} 在第 ${offset} 字节处损坏，${meaning}。`,
    '',
    '抢救结果：',
    ...describeSnapshot(report),
    ...report.journals.map(
      (j) =>
        `  日志 ${path.basename(j.file)}（${j.size} 字节）：读出 ${j.records} 条完好的记录${skipped(j.damaged)}`,
    ),
    `  按编号顺序重放了${report.snapshot ? '快照之后的' : ''} ${report.appliedRecords} 条日志记录。`,
    ...describeLoss(report),
    '',
    `修复后的数据目录共 ${report.collections} 个集合、${report.documents} 个文档，已放在原来的位置 ${report.dir}，直接 npm start 即可。`,
    `原数据目录已原样改名为 ${report.keptAs}（一个字节都没有改动），可留作备查；确认修复结果无误后可以删除。`,
  ]
}

function describeIntact(report: RepairReport): string[] {
  const lines = [`数据目录 ${report.dir} 完好，没有需要修复的损坏，未做任何改动。`]
  const torn = report.tornTail
  if (torn)
    lines.push(
      `另：${path.basename(torn.file)} 末尾有 ${torn.bytes} 字节是崩溃时没写完的最后一次写入（从未被确认），` +
        '下次 npm start 时会丢弃。',
    )
  return lines
}

function describeSnapshot({ snapshot }: RepairReport): string[] {
  if (!snapshot) return ['  没有快照文件。']
  const seq = snapshot.seqGuessed ? `序号读不出，按日志推断为 ${snapshot.seq}` : `序号 ${snapshot.seq}`
  return [
    `  快照 ${path.basename(snapshot.file)}（${seq}）：读出 ${snapshot.docs} 个完好的文档${skipped(snapshot.damaged)}`,
  ]
}

function skipped(ranges: ByteRange[]): string {
  if (ranges.length === 0) return '，没有损坏。'
  const list = ranges.map((r) => `第 ${r.start} 字节起共 ${r.end - r.start} 字节`).join('；')
  return `；跳过了无法读出的字节：${list}。`
}

function describeLoss(report: RepairReport): string[] {
  const lines: string[] = ['', '丢失的内容：']
  const lostLines = report.snapshot?.damaged.length ?? 0
  if (lostLines > 0)
    lines.push(
      `  快照中 ${lostLines} 处损坏的行（每行一个文档，或文件头/结束标记）；其中的文档若之后被写过，已由日志恢复为最新内容。`,
    )
  if (report.gaps.length > 0) {
    const count = report.gaps.reduce((n, g) => n + g.to - g.from + 1, 0)
    const list = report.gaps
      .map((g) => (g.from === g.to ? `第 ${g.from} 号` : `第 ${g.from}–${g.to} 号`))
      .join('、')
    lines.push(
      `  缺失的提交：${list}，共 ${count} 次。每个编号是一次请求或一个事务的全部写入，这些写入都没有了；` +
        '其后的记录仍按编号顺序重放，但丢失的提交原本维护的跨文档关系（如转账的两边、计数与明细、操作与审计记录）可能对不上，请核对这段时间的业务数据。',
    )
  } else lines.push('  记录编号连续，没有缺失整条提交。')
  const last = report.journals[report.journals.length - 1]
  if (last?.damaged.some((r) => r.end === last.size))
    lines.push('  最新日志的末尾已损坏：其中可能还有更新的提交，无法知道有几条。')
  if (report.setAside > 0)
    lines.push(
      `  有 ${report.setAside} 个文档与较新的文档违反唯一索引，已移出数据库，原样存在 ${SET_ASIDE_FILE}。`,
    )
  return lines
}
