import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { VoucherView } from '@contract/volunteer'
import { VOUCHER_LABELS } from '@contract/volunteer/labels'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { TextField } from '@/components/Field'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { useMutation, usePagedQuery } from '@/data'
import { toastDone } from '@/platform/feedback'
import { dateTime, shortDate } from '@/utils/format'
import { canVerifyVouchers } from '../access'
import '../../components/volunteer.css'

/** 核销: the merchant scans (or types) a voucher's code, sees what it is, and marks it used once. */
export default function VouchersPage() {
  return (
    <Screen testId='page-vouchers'>
      <AccessGate allow={canVerifyVouchers} deniedText='只有商家和驿站工作人员可以核销优惠券'>
        {() => <Counter />}
      </AccessGate>
    </Screen>
  )
}

function Counter() {
  const [code, setCode] = useState('')
  const check = useMutation('volunteer', 'checkVoucher', { fields: ['code'] })
  const verify = useMutation('volunteer', 'verifyVoucher', {
    fields: ['code'],
    invalidates: ['volunteer.verifiedVouchers'],
  })
  const [found, setFound] = useState<VoucherView | null>(null)
  const history = usePagedQuery('volunteer', 'verifiedVouchers', {})

  const look = async (text: string) => {
    setCode(text)
    setFound(await check.run({ code: text }))
  }
  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await look(res.result)
    } catch {
      // Closed the scanner.
    }
  }
  const error = check.fieldError('code') ?? verify.fieldError('code') ?? check.formError ?? verify.formError
  return (
    <View>
      <View className='card'>
        {process.env.TARO_ENV === 'weapp' ? (
          <Btn className='btn btn--primary' onClick={scan} data-testid='scan-voucher'>
            扫描优惠券二维码
          </Btn>
        ) : null}
        <TextField
          label='或输入券码'
          value={code}
          onChange={setCode}
          maxlength={16}
          error={error}
          testId='voucher-code-input'
        />
        <Btn className='btn btn--plain' onClick={() => look(code)} data-testid='check-voucher'>
          查询
        </Btn>
      </View>
      {found ? (
        <View className='card' data-testid='voucher-found'>
          <View className='title-l'>{found.rewardTitle}</View>
          <View>持券人：{found.memberName}</View>
          <View>券码：{found.code}</View>
          <View className='tag' data-testid='found-state'>
            {VOUCHER_LABELS[found.state]}
          </View>
          <View className='text-s muted'>有效期至 {shortDate(found.validUntil)}</View>
          {found.state === 'issued' ? (
            <Btn
              className='btn btn--primary'
              data-testid='verify-voucher'
              onClick={async () => {
                const used = await verify.run({ code: found.code })
                if (used) {
                  setFound(used)
                  toastDone('核销成功')
                }
              }}
            >
              {verify.busy ? '正在核销…' : '确认核销'}
            </Btn>
          ) : null}
        </View>
      ) : null}
      <View className='card__title'>已核销</View>
      <PagedList
        list={history}
        testId='verified-list'
        keyOf={(v) => v.voucherId}
        emptyTitle='还没有核销过优惠券'
        renderItem={(v) => (
          <View className='card row'>
            <View>
              <View>{v.rewardTitle}</View>
              <View className='text-s muted'>
                {v.memberName} · {v.code}
              </View>
            </View>
            <View className='text-s'>{v.usedAt ? dateTime(v.usedAt) : ''}</View>
          </View>
        )}
      />
    </View>
  )
}
