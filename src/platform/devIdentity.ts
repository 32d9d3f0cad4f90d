/**
 * Local only: which demo person this browser acts as. The local cloud honours the
 * X-Dev-OpenId header; deployed functions read identity from WeChat and never see it.
 * The last fresh guest is remembered, so after trying another identity one can come back
 * to the person one just registered as.
 */
const KEY = 'linli.devOpenid'
const LAST_GUEST = 'linli.devLastGuest'

function storage(): Storage | null {
  return LOCAL_CLOUD && typeof localStorage !== 'undefined' ? localStorage : null
}

export function devOpenid(): string | null {
  const store = storage()
  if (!store) return null
  let id = store.getItem(KEY)
  if (!id) {
    // A first visit is a fresh guest, as a newcomer scanning the QR code would be.
    id = newGuestId()
    store.setItem(KEY, id)
  }
  return id
}

export function setDevOpenid(openid: string) {
  const store = storage()
  if (!store) return
  const current = store.getItem(KEY)
  if (current && isFreshGuest(current) && current !== openid) store.setItem(LAST_GUEST, current)
  store.setItem(KEY, openid)
}

/** The guest this browser was before switching away, if any. */
export function lastGuest(): string | null {
  const id = storage()?.getItem(LAST_GUEST) ?? null
  return id && id !== devOpenid() ? id : null
}

export function newGuestId(): string {
  return `guest-${Math.random().toString(36).slice(2, 10)}`
}

export function isFreshGuest(openid: string | null): boolean {
  return !!openid && openid.startsWith('guest-')
}
