/**
 * What WeChat draws over the page: toasts, modals, loading, action sheets, the share menu, the
 * navigation bar, WeChat's subscription prompt. Everything is recorded for the test to read; a modal is answered the way the
 * test said (`phone.answerModal(true)`), and a modal nobody expected is a violation.
 */
import { ApiFail, asyncApi } from './api'
import type { ApiContext } from './api'

export interface Toast {
  title: string
  icon: string
}

export interface Modal {
  title: string
  content: string
}

export type ModalAnswer = boolean | ((modal: Modal) => boolean)

export function uiApi(ctx: ApiContext) {
  const state = {
    toasts: [] as Toast[],
    modals: [] as Modal[],
    answers: [] as ModalAnswer[],
    loading: null as string | null,
    shareMenu: null as Record<string, unknown> | null,
    title: null as string | null,
    /** WeChat's subscription prompt: what the person answers per template (default: allows all). */
    subscribe: 'accept' as 'accept' | 'reject',
    /** Template ids each prompt asked for. */
    subscribePrompts: [] as string[][],
  }
  const answer = (modal: Modal): boolean => {
    const next = state.answers.shift()
    if (next === undefined) {
      ctx.rules.violate('unanswered', `a modal "${modal.title}" was shown but the test gave no answer`)
      return false
    }
    return typeof next === 'function' ? next(modal) : next
  }
  const ok = (name: string) => asyncApi(ctx, name, () => undefined)

  const api = {
    showToast: asyncApi(ctx, 'showToast', ({ title, icon }) => {
      state.toasts.push({ title: String(title ?? ''), icon: String(icon ?? 'success') })
    }),
    hideToast: ok('hideToast'),
    showModal: asyncApi(ctx, 'showModal', ({ title, content }) => {
      const modal = { title: String(title ?? ''), content: String(content ?? '') }
      state.modals.push(modal)
      const confirm = answer(modal)
      return { confirm, cancel: !confirm }
    }),
    showLoading: asyncApi(ctx, 'showLoading', ({ title }) => void (state.loading = String(title ?? ''))),
    hideLoading: asyncApi(ctx, 'hideLoading', () => void (state.loading = null)),
    showActionSheet: asyncApi(ctx, 'showActionSheet', () => {
      throw new ApiFail('showActionSheet:fail cancel')
    }),
    showShareMenu: asyncApi(ctx, 'showShareMenu', (options) => void (state.shareMenu = { ...options })),
    hideShareMenu: asyncApi(ctx, 'hideShareMenu', () => void (state.shareMenu = null)),
    updateShareMenu: asyncApi(ctx, 'updateShareMenu', (options) => void (state.shareMenu = { ...options })),
    setNavigationBarTitle: asyncApi(ctx, 'setNavigationBarTitle', ({ title }) => {
      state.title = String(title ?? '')
    }),
    setNavigationBarColor: ok('setNavigationBarColor'),
    showNavigationBarLoading: ok('showNavigationBarLoading'),
    hideNavigationBarLoading: ok('hideNavigationBarLoading'),
    startPullDownRefresh: ok('startPullDownRefresh'),
    stopPullDownRefresh: ok('stopPullDownRefresh'),
    pageScrollTo: ok('pageScrollTo'),
    setTabBarBadge: ok('setTabBarBadge'),
    removeTabBarBadge: ok('removeTabBarBadge'),
    showTabBarRedDot: ok('showTabBarRedDot'),
    hideTabBarRedDot: ok('hideTabBarRedDot'),
    // At most three templates per prompt, as WeChat allows; the answer per id is the test's.
    requestSubscribeMessage: asyncApi(ctx, 'requestSubscribeMessage', ({ tmplIds }) => {
      const ids = (tmplIds as string[] | undefined) ?? []
      if (ids.length === 0 || ids.length > 3)
        throw new ApiFail('requestSubscribeMessage:fail invalid tmplIds')
      state.subscribePrompts.push(ids)
      return {
        errMsg: 'requestSubscribeMessage:ok',
        ...Object.fromEntries(ids.map((id) => [id, state.subscribe])),
      }
    }),
    vibrateShort: ok('vibrateShort'),
    hideKeyboard: ok('hideKeyboard'),
  }
  return { api, state }
}
