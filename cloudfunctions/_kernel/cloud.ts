/**
 * The one place that touches wx-server-sdk. Property access happens at call time, so the local
 * function host can supply per-call identity and open-API stand-ins on the same module object.
 */
import cloud from 'wx-server-sdk'

let initialised = false

export function sdk(): typeof cloud {
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    initialised = true
  }
  return cloud
}

/** The caller's OPENID, from the cloud context only — never from the payload. */
export function callerOpenid(): string | null {
  const { OPENID } = sdk().getWXContext()
  return typeof OPENID === 'string' && OPENID.length > 0 ? OPENID : null
}

export function database() {
  return sdk().database()
}

// The SDK types its open API as Record<string, any>; these are the calls the product makes.
interface OpenApi {
  wxacode: {
    getUnlimited(args: {
      scene: string
      page: string
      checkPath?: boolean
      width?: number
    }): Promise<{ buffer: Buffer; contentType?: string }>
  }
  phonenumber: {
    getPhoneNumber(args: {
      code: string
    }): Promise<{ phoneInfo?: { purePhoneNumber?: string; phoneNumber?: string } }>
  }
  security: {
    msgSecCheck(args: {
      openid: string
      scene: number
      version: 2
      content: string
    }): Promise<{ result?: { suggest?: string; label?: number } }>
    mediaCheckAsync(args: {
      media_url: string
      media_type: 1 | 2
      version: 2
      scene: number
      openid: string
    }): Promise<{ trace_id: string }>
  }
  subscribeMessage: {
    send(args: {
      touser: string
      templateId: string
      page: string
      data: Record<string, { value: string }>
      miniprogramState?: 'developer' | 'trial' | 'formal'
    }): Promise<{ errCode?: number; errMsg?: string }>
  }
}

/** `cloud.getOpenData`: decrypts the open data a client hands over as a cloudID (e.g. a group's id). */
export function getOpenData(cloudIDs: string[]): Promise<{
  list: { cloudID: string; json?: { data?: Record<string, unknown> }; errCode?: number }[]
}> {
  return (sdk() as unknown as { getOpenData(a: { list: string[] }): Promise<never> }).getOpenData({
    list: cloudIDs,
  })
}

export function openapi(): OpenApi {
  return sdk().openapi as unknown as OpenApi
}
