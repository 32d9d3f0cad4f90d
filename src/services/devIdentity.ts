/**
 * Local only: which demo person this browser acts as. The local cloud honours the
 * X-Dev-OpenId header; deployed functions read identity from WeChat and never see it.
 */
const KEY = 'linli.devOpenid'

function storage(): Storage | null {
  return LOCAL_CLOUD && typeof localStorage !== 'undefined' ? localStorage : null
}

export function devOpenid(): string | null {
  const store = storage()
  if (!store) return null
  let id = store.getItem(KEY)
  if (!id) {
    // A first visit is a fresh guest, as a newcomer scanning the QR code would be.
    id = `guest-${Math.random().toString(36).slice(2, 10)}`
    store.setItem(KEY, id)
  }
  return id
}

export function setDevOpenid(openid: string) {
  storage()?.setItem(KEY, openid)
}

export function isFreshGuest(openid: string | null): boolean {
  return !!openid && openid.startsWith('guest-')
}
