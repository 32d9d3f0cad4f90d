/**
 * Telling the person what happened, the way phones actually show it (and asking them a yes/no
 * question, and showing where a form went wrong):
 * - `toastDone('已保存')`: a success toast with the ✓ icon. WeChat shows at most 7 characters beside
 *   an icon and cuts the rest, so the type refuses longer (and dynamic) titles; say the rest on the page.
 * - `toast(text)`: a passing note without an icon (two lines fit). Never for errors.
 * - `showError(message)`: an error or something the person must act on: a modal they dismiss.
 *   A 2-second toast is easily missed by elderly users.
 */
import Taro from '@tarojs/taro'

export const TOAST_ICON_MAX = 7

type Length<S extends string, N extends unknown[] = []> = S extends `${string}${infer Rest}`
  ? Length<Rest, [...N, unknown]>
  : N['length']
type AtMost7<S extends string> = Length<S> extends 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 ? S : never

/** Literal titles of at most 7 characters; anything else is a type error naming the rule. */
export type DoneTitle<S extends string> = string extends S
  ? 'toastDone takes a fixed title (dynamic text: use toast)'
  : [AtMost7<S>] extends [never]
    ? 'toastDone shows at most 7 characters beside its icon'
    : S

export function toastDone<S extends string>(title: S & DoneTitle<S>) {
  const text = String(title)
  // Belt and braces for casts: a long title would be cut, so show it without the icon instead.
  const icon = [...text].length <= TOAST_ICON_MAX ? 'success' : 'none'
  return Taro.showToast({ title: text, icon, duration: 2000 })
}

export function toast(text: string) {
  return Taro.showToast({ title: text, icon: 'none', duration: 2500 })
}

export async function showError(message: string, title = ''): Promise<void> {
  await Taro.showModal({ title, content: message, showCancel: false, confirmText: '知道了' })
}

/** Something to read and dismiss that is not an error (e.g. where a file was kept). */
export async function showNote(title: string, content: string): Promise<void> {
  await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了' })
}

export async function confirm(title: string, content: string): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' })
  return !!res.confirm
}

/** The class every field carries while it shows an error (see components/Field). */
export const FIELD_ERROR_CLASS = 'field--error'

/**
 * Scrolls to the first field showing an error and puts the cursor in it, so a person who
 * tapped 提交 at the bottom of a long form sees what to fix. Waits a frame for the red text
 * to render. In the mini-program the page scrolls to it (inputs focus only by their own prop).
 */
export function revealFirstError() {
  setTimeout(() => {
    if (process.env.TARO_ENV === 'h5') return revealInDocument()
    Taro.pageScrollTo({ selector: `.${FIELD_ERROR_CLASS}`, offsetTop: -120, duration: 200 }).catch(() => {
      // No such field on this page (the error was shown above the button instead).
    })
  }, 50)
}

function revealInDocument() {
  const field = document.querySelector(`.${FIELD_ERROR_CLASS}`)
  if (!field) return
  field.scrollIntoView({ block: 'center', behavior: 'smooth' })
  const input = field.querySelector<HTMLElement>('input, textarea')
  input?.focus({ preventScroll: true })
}
