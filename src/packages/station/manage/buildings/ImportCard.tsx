import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { HOUSING_LIMITS } from '@contract/limits'
import type { ImportResult } from '@contract/station'
import { Btn } from '@/components/Btn'
import { ShowMore } from '@/components/ShowMore'
import { useMutation } from '@/data'
import { showError, toastDone } from '@/platform/feedback'
import { thousands } from '@/utils/format'

const EXAMPLE = '楼栋,单元,房号,楼层\n1栋,1,101,1\n1栋,1,102,1\n2栋,2,1801'

/** Paste a table from a spreadsheet, check it, then import; any bad row and nothing is written. */
export function ImportCard() {
  const [csv, setCsv] = useState('')
  /** The dry run of exactly `csv`; editing the text clears it. */
  const [checked, setChecked] = useState<ImportResult | null>(null)
  const [imported, setImported] = useState<ImportResult | null>(null)
  const check = useMutation('station', 'importHouseholds')
  const save = useMutation('station', 'importHouseholds', { invalidates: ['station.listBuildings'] })
  const checkedOk = !!checked && checked.errors.length === 0
  const busy = check.busy || save.busy

  const edit = (text: string) => {
    setCsv(text)
    setChecked(null)
    setImported(null)
    check.clear()
    save.clear()
  }
  const runCheck = async () => {
    setImported(null)
    const result = await check.run({ csv, dryRun: true })
    if (result) setChecked(result)
  }
  const runImport = async () => {
    const result = await save.run({ csv, dryRun: false })
    if (!result) return
    // A row may have gone wrong since the check; then nothing was written and the errors show.
    if (result.errors.length) {
      setChecked(result)
      return showError('表格有问题，没有导入。请看下面列出的问题')
    }
    setImported(result)
    toastDone('导入完成')
  }

  const error = check.formError ?? save.formError
  return (
    <View className='card' data-testid='import-households'>
      <View className='card__title'>导入房屋表</View>
      <View className='staff-line'>
        从表格（Excel、WPS）复制后粘贴到下面。每行一户：楼栋、单元、房号，楼层可以不填（按房号推算）。第一行可以是表头。列之间用逗号或制表符隔开。
      </View>
      <View className='staff-line'>例如：</View>
      <View className='staff-code' data-testid='import-example'>
        {EXAMPLE}
      </View>
      <Textarea
        className='textarea staff-textarea-tall'
        value={csv}
        maxlength={HOUSING_LIMITS.importChars}
        placeholder='在这里粘贴表格'
        onInput={(e) => edit(e.detail.value)}
        data-testid='import-csv'
      />
      <ImportOutcome error={error} imported={imported} checked={checked} />
      <View className='staff-actions'>
        <Btn
          className='btn btn--plain'
          disabled={busy || !csv.trim()}
          onClick={runCheck}
          data-testid='check-import'
        >
          {check.busy ? '正在检查…' : '1. 检查'}
        </Btn>
        <Btn
          className='btn btn--primary'
          disabled={busy || !checkedOk || !!imported}
          onClick={runImport}
          data-testid='submit-import'
        >
          {save.busy ? '正在导入…' : '2. 导入'}
        </Btn>
      </View>
      {!checkedOk && csv.trim() && !busy ? (
        <View className='staff-line'>先点“检查”，没有问题后才能导入。</View>
      ) : null}
    </View>
  )
}

interface OutcomeProps {
  error: string | null
  imported: ImportResult | null
  checked: ImportResult | null
}

/** What the last check or import said: an error, the import done, or the check's report. */
function ImportOutcome({ error, imported, checked }: OutcomeProps) {
  if (error) {
    return (
      <View className='banner banner--red' data-testid='import-error'>
        {error}
      </View>
    )
  }
  if (imported) return <ImportDone imported={imported} />
  return checked ? <CheckReport checked={checked} /> : null
}

function ImportDone({ imported }: { imported: ImportResult }) {
  return (
    <View className='banner banner--ok' data-testid='import-result'>
      导入完成：共 {thousands(imported.rows)} 行，新建 {imported.buildingsCreated} 栋、
      {thousands(imported.householdsCreated)} 户
      {imported.skipped ? `；${thousands(imported.skipped)} 户原来就有，没有重复导入` : ''}
    </View>
  )
}

function CheckReport({ checked }: { checked: ImportResult }) {
  if (checked.errors.length === 0) {
    return (
      <View className='banner banner--ok' data-testid='check-ok'>
        检查通过：共 {thousands(checked.rows)} 行，格式都正确，可以导入。
      </View>
    )
  }
  return (
    <View className='banner banner--red' data-testid='check-errors'>
      <View>发现 {checked.errors.length} 处问题，没有导入。请在上面改好后再点“检查”：</View>
      <ShowMore
        items={checked.errors}
        step={10}
        keyOf={(e) => `${e.line}-${e.field}-${e.message}`}
        renderItem={(e) => (
          <View className='text-s' data-testid='check-error'>
            {e.line > 0 ? `第 ${e.line} 行` : '整张表'} · {e.field}：{e.message}
          </View>
        )}
      />
    </View>
  )
}
