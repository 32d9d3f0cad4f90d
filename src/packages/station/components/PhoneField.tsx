import { Button, Input, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PHONE_BUTTON_MESSAGES } from '@/platform/phoneButton'
import type { PhoneVerification } from './usePhoneVerification'

interface Props {
  phone: PhoneVerification
}

/** Old clients without the button at all type the number (canIUse is false in H5, so weapp only). */
const buttonSupported = () =>
  process.env.TARO_ENV === 'weapp' && Taro.canIUse('button.open-type.getPhoneNumber')

/**
 * The registration's phone number. weapp: WeChat's phone-number button; its code is exchanged at
 * once and the field shows 已验证 138****1234. Any failure says why and offers typing the number
 * by hand (未验证: the building head confirms it while verifying). Local H5: typing the number
 * stands in for WeChat's button (the local cloud accepts `local:<phone>` codes).
 */
export function PhoneField({ phone }: Props) {
  const { choice, mode } = phone
  if (choice?.kind === 'verified' || choice?.kind === 'onFile') {
    return (
      <View className='phone-done' data-testid='phone-verified'>
        <View className='ok'>✓ 已验证 {choice.masked}</View>
        <View className='phone-link' onClick={() => phone.clear()} data-testid='phone-change'>
          换一个号码
        </View>
      </View>
    )
  }
  const hasButton = process.env.TARO_ENV === 'h5' || buttonSupported()
  const typing = mode === 'typing' || !hasButton
  return (
    <View>
      {typing ? <TypedNumber phone={phone} /> : <VerifyButton phone={phone} />}
      {phone.problem ? (
        <View className='banner banner--warn phone-problem' data-testid='phone-problem'>
          {phone.problem}
        </View>
      ) : null}
      {!hasButton ? <View className='field__hint'>{PHONE_BUTTON_MESSAGES.unsupported}</View> : null}
      {hasButton ? (
        <View
          className='phone-link'
          onClick={() => phone.useMode(typing ? 'button' : 'typing')}
          data-testid='phone-mode'
        >
          {typing ? '改用微信手机号验证' : '不用微信号码，自己填写手机号'}
        </View>
      ) : null}
    </View>
  )
}

function VerifyButton({ phone }: Props) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View>
        <Input
          className='input'
          type='number'
          maxlength={11}
          placeholder='请输入11位手机号'
          value={phone.typed}
          data-testid='phone-input'
          onInput={(e) => phone.fromLocalStandIn(e.detail.value)}
        />
        <View className='field__hint'>
          {phone.exchanging ? '正在验证…' : '本地演示：输入号码即代替微信手机号验证'}
        </View>
      </View>
    )
  }
  return (
    <Button
      className='btn btn--plain'
      openType='getPhoneNumber'
      disabled={phone.exchanging || undefined}
      onGetPhoneNumber={(e) => phone.fromButton(e.detail)}
      data-testid='phone-button'
    >
      {phone.exchanging ? '正在验证…' : '微信手机号快捷填写'}
    </Button>
  )
}

function TypedNumber({ phone }: Props) {
  const complete = phone.choice?.kind === 'typed'
  return (
    <View>
      <Input
        className='input'
        type='number'
        maxlength={11}
        placeholder='请输入11位手机号'
        value={phone.typed}
        data-testid='phone-typed'
        onInput={(e) => phone.type(e.detail.value)}
      />
      <View
        className={complete ? 'field__hint phone-unverified' : 'field__hint'}
        data-testid='phone-unverified'
      >
        {complete ? '未验证，楼长审核时会核对' : '自己填写的号码未经微信验证，楼长审核时会核对'}
      </View>
    </View>
  )
}
