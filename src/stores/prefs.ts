/**
 * Display preferences: 适老化 large text, remembered on this phone. Until the person chooses, the
 * mode follows WeChat's own font size (turned on when that is large); once they switch it, their
 * choice wins, including switching it off.
 */
import { create } from 'zustand'
import { load, save } from '@/platform/storage'
import { isLargeFont, readWeChatFont } from '@/platform/fontScale'

const KEY = 'linli.largeText'

interface PrefsState {
  largeText: boolean
  /** True while nobody chose on this phone and the mode follows WeChat's font size. */
  followsWeChat: boolean
  setLargeText(on: boolean): void
}

export const usePrefs = create<PrefsState>((set) => {
  const chosen = load<boolean>(KEY)
  return {
    largeText: chosen ?? isLargeFont(readWeChatFont()),
    followsWeChat: chosen === null,
    setLargeText(on) {
      save(KEY, on)
      set({ largeText: on, followsWeChat: false })
    },
  }
})
