/**
 * The platform rules, checked where they happen. Every wx API call is recorded with whether it ran
 * synchronously inside a user event (the driver raises the gesture flag only while it dispatches a
 * tap/input/getphonenumber and lowers it when the synchronous part returns, so anything after an
 * `await` is outside). A tap-only API outside a gesture, a privacy API the app's guide does not
 * declare, a call outside the contract, an API the host lacks or an uncaught error is a violation;
 * `settle()` throws on the first ones so the failing step is the one named.
 */
import { PRIVACY_APIS } from '../../../config/privacy'
import { privacyGroupOf, PRIVACY_API_GROUPS, PRIVACY_SCOPES, TAP_ONLY_APIS } from '../platform'

export type RuleName =
  'tap-only' | 'privacy' | 'contract' | 'unsupported' | 'uncaught' | 'unanswered' | 'setData'

export interface Violation {
  rule: RuleName
  message: string
}

export interface ApiCall {
  api: string
  inGesture: boolean
  page: string | null
}

const declared = new Set(PRIVACY_APIS.map((p) => p.api))

export class Rules {
  readonly calls: ApiCall[] = []
  private violations: Violation[] = []
  private gestureDepth = 0

  constructor(private readonly currentPage: () => string | null) {}

  get inGesture(): boolean {
    return this.gestureDepth > 0
  }

  /** Runs the synchronous part of a user event with the gesture flag raised. */
  duringGesture<T>(dispatch: () => T): T {
    this.gestureDepth++
    try {
      return dispatch()
    } finally {
      this.gestureDepth--
    }
  }

  /** Records a wx API call; answers the errMsg WeChat would fail it with, or null. */
  apiCall(api: string): string | null {
    const page = this.currentPage()
    this.calls.push({ api, inGesture: this.inGesture, page })
    if (TAP_ONLY_APIS.includes(api) && !this.inGesture) {
      this.violate(
        'tap-only',
        `wx.${api} was called outside a user tap (page ${page}). WeChat answers "${api}:fail can only ` +
          `be invoked by user TAP gesture." — call it synchronously in the tap handler: prepare first, then a second tap.`,
      )
      return `${api}:fail can only be invoked by user TAP gesture.`
    }
    return this.privacyUse(api)
  }

  /** A privacy API or component used (`getPhoneNumber` button, `wx.chooseMedia`, …). */
  privacyUse(api: string, group = privacyGroupOf(api)): string | null {
    if (!group || declared.has(api)) return null
    this.violate(
      'privacy',
      `${api} handles "${group}", which WeChat's 用户隐私保护指引 must declare, but config/privacy.ts ` +
        `(PRIVACY_APIS) does not name it (page ${this.currentPage()}). WeChat disables undeclared privacy APIs.`,
    )
    return `${api}:fail api scope is not declared in the privacy agreement`
  }

  /** `wx.authorize({scope})` counts as its privacy group's API when the app declares none of them. */
  authorize(scope: string): string | null {
    const group = PRIVACY_SCOPES[scope]
    if (!group || PRIVACY_API_GROUPS[group].some((a) => declared.has(a))) return null
    return this.privacyUse(`authorize:${scope}`, group)
  }

  violate(rule: RuleName, message: string): void {
    this.violations.push({ rule, message })
  }

  /** The violations so far, cleared (a test that expects one takes it). */
  take(): Violation[] {
    const out = this.violations
    this.violations = []
    return out
  }

  peek(): readonly Violation[] {
    return this.violations
  }

  /** Throws when any rule was broken, naming each. */
  assertClean(where: string): void {
    if (this.violations.length === 0) return
    const list = this.take()
      .map((v) => `  [${v.rule}] ${v.message}`)
      .join('\n')
    throw new Error(`weapp platform rules broken ${where}:\n${list}`)
  }
}
