/**
 * Local stand-ins for the open-platform calls the functions make, one module each, behind the
 * same call shapes as production, so the functions' own code paths run unchanged locally.
 */
import { localPhonenumber } from './phonenumber'
import { localSecurity } from './security'
import type { SecurityOptions } from './security'
import { localSubscribeMessage } from './subscribeMessage'
import type { Delivered } from './subscribeMessage'
import { localWxacode } from './wxacode'

export { LOCAL_PHONE_CODE } from './phonenumber'
export { localGetOpenData } from './openData'
export type { Delivered } from './subscribeMessage'

export interface LocalOpenApiOptions extends SecurityOptions {
  publicUrl(): string
  delivered: Delivered[]
}

export function createLocalOpenApi(options: LocalOpenApiOptions) {
  return {
    wxacode: localWxacode(options.publicUrl),
    phonenumber: localPhonenumber,
    security: localSecurity(options),
    subscribeMessage: localSubscribeMessage(options.delivered),
  }
}
