/** Telling the person something: a short toast, a yes/no question, and showing where a form went wrong. */
import Taro from '@tarojs/taro'

export function toast(title: string, icon: 'success' | 'none' = 'none') {
  return Taro.showToast({ title, icon, duration: 2000 })
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
