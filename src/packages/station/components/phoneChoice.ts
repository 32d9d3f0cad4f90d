/**
 * The phone number a registration carries, as the person chose it, and what `register` is sent:
 * - `verified`: WeChat's button gave a code, exchanged at once by `verifyPhone` (the code lasts five
 *   minutes and each success is charged) for a token valid half an hour → `phoneToken`;
 * - `typed`: typed by hand because the button failed or was refused → `phone`, stored unverified
 *   for the building head to confirm;
 * - `onFile`: the number WeChat verified for this person before → neither (the server reuses it).
 * Pure, so tests cover it.
 */
export type PhoneChoice =
  | { kind: 'verified'; token: string; masked: string; expiresAt: string }
  | { kind: 'typed'; phone: string }
  | { kind: 'onFile'; masked: string }

export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

export type PhoneInput = { phoneToken: string } | { phone: string } | Record<string, never>

/** `register`'s phone fields, or 'expired' when the verification is older than its token. */
export function phoneInput(choice: PhoneChoice | null, now = new Date()): PhoneInput | 'expired' {
  if (!choice || choice.kind === 'onFile') return {}
  if (choice.kind === 'typed') return { phone: choice.phone }
  // A minute's margin: the token must still be valid when the server reads it.
  if (Date.parse(choice.expiresAt) - 60_000 <= now.getTime()) return 'expired'
  return { phoneToken: choice.token }
}

/** Digits only, at most 11: what the typed-number field keeps. */
export function cleanTyped(text: string): string {
  return text.replace(/\D/g, '').slice(0, 11)
}
