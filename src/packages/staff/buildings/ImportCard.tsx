import { Textarea, View } from '@tarojs/components'
import { showError, toastDone } from '@/services/platform/feedback'
import { useHousing } from '@/stores/staff/housing'
import { Btn } from '@/components/Btn'
import { ShowMore } from '../components/ShowMore'
import { thousands } from '../components/format'

const EXAMPLE = '楼栋,单元,房号,楼层\n1栋,1,101,1\n1栋,1,102,1\n2栋,2,1801'

/** Paste a table from a spreadsheet, check it, then import; any bad row and nothing is written. */
export function ImportCard() {
  const { csv, setCsv } = useHousing()
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
        maxlength={90000}
        placeholder='在这里粘贴表格'
        onInput={(e) => setCsv(e.detail.value)}
        data-testid='import-csv'
      />
      <ImportOutcome />
      <ImportActions />
    </View>
  )
}

/** 1. 检查 (a dry run), then 2. 导入 — only once the same text has passed the check. */
function ImportActions() {
  const { csv, checked, imported, importing, check, importTable } = useHousing()
  const checkedOk = !!checked && checked.errors.length === 0
  const onImport = async () => {
    const result = await importTable()
    // The problems are listed on the page; the modal makes sure they are noticed.
    if (result?.errors.length) showError('表格有问题，没有导入。请看下面列出的问题')
    else if (result) toastDone('导入完成')
  }
  return (
    <View>
      <View className='staff-actions'>
        <Btn
          className='btn btn--plain'
          disabled={!!importing || !csv.trim()}
          onClick={check}
          data-testid='check-import'
        >
          {importing === 'check' ? '正在检查…' : '1. 检查'}
        </Btn>
        <Btn
          className='btn btn--primary'
          disabled={!!importing || !checkedOk || !!imported}
          onClick={onImport}
          data-testid='submit-import'
        >
          {importing === 'import' ? '正在导入…' : '2. 导入'}
        </Btn>
      </View>
      {!checkedOk && csv.trim() && !importing ? (
        <View className='staff-line'>先点“检查”，没有问题后才能导入。</View>
      ) : null}
    </View>
  )
}

function ImportOutcome() {
  const { checked, imported, importError } = useHousing()
  if (importError) {
    return (
      <View className='banner banner--red' data-testid='import-error'>
        {importError.message}
      </View>
    )
  }
  if (imported) {
    return (
      <View className='banner banner--ok' data-testid='import-result'>
        导入完成：共 {thousands(imported.rows)} 行，新建 {imported.buildingsCreated} 栋、
        {thousands(imported.householdsCreated)} 户
        {imported.skipped ? `；${thousands(imported.skipped)} 户原来就有，没有重复导入` : ''}
      </View>
    )
  }
  return checked ? <CheckReport /> : null
}

function CheckReport() {
  const checked = useHousing((s) => s.checked)!
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
