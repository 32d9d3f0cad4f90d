/**
 * Content security locally, behind WeChat's call shapes, so a test and a person can both see a
 * post refused: `security.msgSecCheck` (version 2) answers `risky` for text containing one of the
 * documented test words below, `review` for the review word, `pass` otherwise;
 * `security.mediaCheckAsync` answers a trace id at once and delivers the verdict a moment later
 * as WeChat's message push would (to the `platform` function): `risky` for an image whose bytes
 * contain the marker `LINLI-RISKY-IMAGE`, `pass` otherwise.
 *
 * Test words (plain text, so anyone trying the local app can type them):
 *   违规测试词 — refused (risky)     敏感测试词 — refused (risky)     待审测试词 — accepted, flagged (review)
 */
import { apiError } from './errors'

export const RISKY_TEST_WORDS = ['违规测试词', '敏感测试词'] as const
export const REVIEW_TEST_WORD = '待审测试词'
export const RISKY_IMAGE_MARKER = 'LINLI-RISKY-IMAGE'

export interface MediaVerdictEvent {
  ToUserName: string
  FromUserName: string
  CreateTime: number
  MsgType: 'event'
  Event: 'wxa_media_check'
  appid: string
  trace_id: string
  version: 2
  result: { suggest: 'pass' | 'risky' | 'review'; label: number }
}

export interface SecurityOptions {
  appid: string
  /** Fetches an image by URL (the local storage), to look for the risky marker. */
  fetchBytes(url: string): Promise<Buffer | null>
  /** Delivers the asynchronous verdict, as WeChat's message push does. */
  deliver(event: MediaVerdictEvent): Promise<void>
  /** Told of each verdict still on its way, so the cloud can let it land before it stops. */
  background?(work: Promise<void>): void
}

function verdictFor(content: string) {
  if (RISKY_TEST_WORDS.some((w) => content.includes(w))) return { suggest: 'risky' as const, label: 20001 }
  if (content.includes(REVIEW_TEST_WORD)) return { suggest: 'review' as const, label: 20001 }
  return { suggest: 'pass' as const, label: 100 }
}

let traceSeq = 0

export function localSecurity(options: SecurityOptions) {
  return {
    async msgSecCheck(args: { openid?: string; scene?: number; version?: number; content?: string }) {
      if (args.version !== 2) throw apiError(40003, 'invalid version')
      if (!args.openid) throw apiError(40003, 'invalid openid')
      if (![1, 2, 3, 4].includes(Number(args.scene))) throw apiError(40003, 'invalid scene')
      const content = String(args.content ?? '')
      if (content.length > 2500) throw apiError(87014, 'content too long')
      const result = verdictFor(content)
      return { errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result, detail: [] }
    },
    async mediaCheckAsync(args: {
      media_url?: string
      media_type?: number
      version?: number
      openid?: string
      scene?: number
    }) {
      if (args.version !== 2 || !args.openid || !args.media_url) throw apiError(40003, 'invalid args')
      const traceId = `local-trace-${Date.now().toString(36)}-${++traceSeq}`
      const url = args.media_url
      // WeChat answers at once and pushes the verdict later; so does this stand-in.
      const work = new Promise((resolve) => setTimeout(resolve, 20))
        .then(async () => {
          const bytes = await options.fetchBytes(url).catch(() => null)
          const risky = !!bytes && bytes.includes(Buffer.from(RISKY_IMAGE_MARKER))
          await options.deliver({
            ToUserName: 'gh_local',
            FromUserName: args.openid!,
            CreateTime: Math.floor(Date.now() / 1000),
            MsgType: 'event',
            Event: 'wxa_media_check',
            appid: options.appid,
            trace_id: traceId,
            version: 2,
            result: risky ? { suggest: 'risky', label: 20002 } : { suggest: 'pass', label: 100 },
          })
        })
        .catch((err) => console.error('[localcloud] media check delivery failed', err))
      options.background?.(work)
      return { errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', trace_id: traceId }
    },
  }
}
