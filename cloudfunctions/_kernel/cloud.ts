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
  }
}

export function openapi(): OpenApi {
  return sdk().openapi as unknown as OpenApi
}
