/**
 * What a test does with the weapp build: take a phone as some WeChat user, scan the station's QR
 * or open a page, find elements by `data-testid`, id or text, tap / type / toggle / pick / use the
 * phone-number button, and read what the page shows. Every action settles the mini-program before
 * it returns, and a broken platform rule fails the action that broke it.
 */
import { Phone } from './host'
import type { ElementView } from './host/tree'
import { descendants } from './host/tree'
import { startCloud } from './host/localCloud'
import type { TestCloud } from './host/localCloud'
import type { ModalAnswer } from './host/wx/ui'
import { describeTarget, selectAll } from './selectors'
import type { Target } from './selectors'

export type { Selector, Target } from './selectors'

const ENTRY = 'pages/entry/index'
/** WeChat's 场景值: 1047 扫描小程序码, 1001 发现栏小程序主入口, 1007 单人聊天卡片, 1044 带 shareTicket 的群聊卡片. */
const SCENE_QR = 1047
const SCENE_MENU = 1001
const SCENE_CHAT_CARD = 1007
const SCENE_GROUP_CARD = 1044

export class Driver {
  constructor(readonly host: Phone) {}

  get route(): string | undefined {
    return this.host.current?.route
  }

  /** Scans the station's QR code: the entry page opens with `scene` URL-encoded, as WeChat passes it. */
  async scan(scene: string): Promise<void> {
    const options = { path: ENTRY, query: { scene: encodeURIComponent(scene) }, scene: SCENE_QR }
    if (this.host.launched) this.host.reenter(options)
    else this.host.launch(options)
    await this.host.settle()
  }

  /** Opens `route` afresh (onLoad(query) → onShow → onReady), launching the app if needed. */
  async open(route: string, query: Record<string, string> = {}): Promise<void> {
    if (this.host.launched) this.host.relaunch(route, query)
    else this.host.launch({ path: route, query, scene: SCENE_MENU })
    await this.host.settle()
  }

  /** Taps a tab of the tab bar (`驿站`, `我的`). */
  async tapTab(text: string): Promise<void> {
    this.host.tapTab(text)
    await this.host.settle()
  }

  /** Shares the current page from the ··· menu; answers the card's title and path. */
  share(): { title?: string; path?: string; imageUrl?: string } {
    return this.host.shareMessage()
  }

  /** Opens a shared card (`path` as onShareAppMessage gave it); with a shareTicket when from a group. */
  async openCard(sharedPath: string, shareTicket?: string): Promise<void> {
    const [route, query = ''] = sharedPath.replace(/^\//, '').split('?')
    const params = Object.fromEntries(
      query
        .split('&')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    )
    const scene = shareTicket ? SCENE_GROUP_CARD : SCENE_CHAT_CARD
    const options = { path: route, query: params, scene, ...(shareTicket ? { shareTicket } : {}) }
    if (this.host.launched) this.host.reenter(options)
    else this.host.launch(options)
    await this.host.settle()
  }

  /** Text of the page, or of one element. */
  text(target?: Target): string {
    return target ? this.find(target).text : this.host.tree().text
  }

  has(target: Target): boolean {
    return this.findAll(target).length > 0
  }

  find(target: Target): ElementView {
    const found = this.findAll(target)
    if (found.length === 1) return found[0]
    const what = describeTarget(target)
    if (found.length === 0) throw new Error(`no element ${what} on ${this.route}\n${this.outline()}`)
    const texts = found.map((e) => e.text).join(' | ')
    throw new Error(`${found.length} elements ${what} on ${this.route}: ${texts}`)
  }

  findAll(target: Target): ElementView[] {
    return selectAll(this.host.tree(), target)
  }

  async tap(target: Target): Promise<void> {
    const el = this.find(target)
    if (el.attrs.disabled === true) throw new Error(`${describeTarget(target)} is disabled on ${this.route}`)
    const reached = this.host.deliver(el, { type: 'tap', detail: { x: 0, y: 0 }, bubbles: true })
    if (reached === 0)
      throw new Error(`nothing handles a tap on ${describeTarget(target)} (${el.tag}) on ${this.route}`)
    await this.host.settle()
  }

  /** Types `value` into an input or textarea (or the one inside `target`): focus, input, blur. */
  async input(target: Target, value: string): Promise<void> {
    const el = this.field(target, ['input', 'textarea'])
    for (const type of ['focus', 'input', 'blur']) {
      const detail = type === 'input' ? { value, cursor: value.length, keyCode: 0 } : { value }
      this.host.deliver(el, { type, detail, bubbles: false })
    }
    await this.host.settle()
  }

  /** Flips a switch (or sets it to `on`). */
  async toggle(target: Target, on?: boolean): Promise<void> {
    const el = this.field(target, ['switch'])
    this.host.deliver(el, {
      type: 'change',
      detail: { value: on ?? el.attrs.checked !== true },
      bubbles: false,
    })
    await this.host.settle()
  }

  /** Picks option `index` of a picker. */
  async pick(target: Target, index: number): Promise<void> {
    const el = this.field(target, ['picker'])
    this.host.deliver(el, { type: 'change', detail: { value: index }, bubbles: false })
    await this.host.settle()
  }

  /**
   * The phone-number button (`open-type="getPhoneNumber"`): WeChat asks the person, then fires
   * `getphonenumber` with `{code}` (locally `local:<phone>`) or `{errno, errMsg}` on refusal/quota.
   */
  async getPhoneNumber(target: Target, answer: { code: string } | { errno: number; errMsg: string }) {
    const el = this.field(target, ['button'])
    if (!String(el.attrs['open-type'] ?? '').includes('getPhoneNumber'))
      throw new Error(`${describeTarget(target)} is not a phone-number button (open-type getPhoneNumber)`)
    const refused = this.host.rules.privacyUse('getPhoneNumber')
    this.host.deliver(el, { type: 'tap', detail: { x: 0, y: 0 }, bubbles: true })
    const detail = refused
      ? { errMsg: refused, errno: 112 }
      : 'code' in answer
        ? { errMsg: 'getPhoneNumber:ok', code: answer.code }
        : answer
    this.host.deliver(el, { type: 'getphonenumber', detail, bubbles: false })
    await this.host.settle()
  }

  /** How the next modal is answered: true = 确定, false = 取消, or a function of the modal. */
  answerModal(answer: ModalAnswer): void {
    this.host.env.ui.answers.push(answer)
  }

  get toasts() {
    return this.host.env.ui.toasts
  }

  get modals() {
    return this.host.env.ui.modals
  }

  get cloudCalls() {
    return this.host.env.cloudCalls
  }

  get media() {
    return this.host.env.media
  }

  /** What the page shows, for failure messages: each element with a test id and its text. */
  outline(): string {
    const tree = this.host.tree()
    const ids = descendants(tree)
      .filter((e) => e.dataset.testid && !e.hidden)
      .map((e) => `  [${e.dataset.testid}] ${e.text.slice(0, 80)}`)
    return `page text: ${tree.text.slice(0, 600)}\n${ids.join('\n')}`
  }

  private field(target: Target, tags: string[]): ElementView {
    const el = this.find(target)
    if (tags.includes(el.tag)) return el
    const inner = descendants(el).filter((e) => tags.includes(e.tag))
    if (inner.length !== 1)
      throw new Error(`${describeTarget(target)} holds ${inner.length} ${tags.join('/')} elements`)
    return inner[0]
  }
}

/**
 * One local cloud per test file (seeded demo), phones per test. After each test every phone is
 * put away and must have broken no rule; the cloud stops after the file.
 */
export function weappSuite() {
  // A journey is a few hundred ms here; CI shares 2 cores with the browser tests.
  jest.setTimeout(30_000)
  let cloud: TestCloud | null = null
  let phones: Phone[] = []
  beforeAll(async () => {
    cloud = await startCloud()
  }, 60_000)
  afterEach(() => {
    const open = phones
    phones = []
    for (const p of open) p.close()
    for (const p of open) p.rules.assertClean(`by ${p.openid} (found after the test)`)
  })
  afterAll(async () => {
    await cloud?.stop()
  })
  return {
    /** A phone whose WeChat user is `openid` (null: no identity), app not yet launched. */
    phone(openid: string | null, options: { fontSizeSetting?: number } = {}): Driver {
      if (!cloud) throw new Error('the local cloud is not running (use weappSuite() at the top of the file)')
      const host = new Phone({ openid, backend: cloud, device: options })
      phones.push(host)
      return new Driver(host)
    },
    /**
     * The person closes the mini-program and opens it again later: a cold start in a fresh realm,
     * same WeChat user, storage kept — nothing left in memory from before.
     */
    restart(previous: Driver): Driver {
      if (!cloud) throw new Error('the local cloud is not running')
      previous.host.close()
      const { openid } = previous.host
      const host = new Phone({ openid, backend: cloud, storage: previous.host.env.storage })
      phones.push(host)
      return new Driver(host)
    },
    get cloud(): TestCloud {
      if (!cloud) throw new Error('the local cloud is not running')
      return cloud
    },
  }
}
