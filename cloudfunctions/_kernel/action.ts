/**
 * An action is a small module: its access rule and `run(ctx, input)`. Its input schema comes
 * from the contract in `types/`, so handler, schema and client share one definition.
 */
import type * as z from 'zod'
import type { Contract, FnName, OutputOf, ParsedInputOf, ActionName } from '../../types/api'
import type { GrantedRole, MemberDoc, ProxyDoc, Role, StationDoc } from '../../types/entities'
import type { ScopedDb } from './repo'
import type { ScopedTransaction } from './tx'

/**
 * guest: anyone with a WeChat identity who opened this station;
 * member: has registered here (pending, verified or rejected — not moved out);
 * verified: a verified member; roles: a verified member holding one of these roles.
 */
export type Access = 'guest' | 'member' | 'verified' | { roles: readonly GrantedRole[] }

export interface AuditInput {
  action: string
  targetType: string
  targetId: string
  summary: string
}

export interface BaseCtx {
  openid: string
  now: Date
  requestId: string
}

export interface StationCtx extends BaseCtx {
  station: StationDoc
  /** Whose behalf the call is on: the caller, or the person a stand-in acts for. */
  member: MemberDoc | null
  /** The caller's own membership (differs from `member` only when acting for someone). */
  actor: MemberDoc | null
  proxy: ProxyDoc | null
  roles: ReadonlySet<Role>
  db: ScopedDb
  audit(entry: AuditInput): Promise<void>
  transaction<R>(fn: (tx: ScopedTransaction) => Promise<R>): Promise<R>
}

export type GlobalCtx = BaseCtx

export interface StationActionDef<I, O> {
  scope: 'station'
  access: Access
  /** May a consented stand-in (代办) call it on someone's behalf? */
  proxy?: boolean
  /** What the action does, in plain Chinese, for the audit entry of a call made on someone's behalf. */
  label?: string
  input: z.ZodType
  run(ctx: StationCtx, input: I): Promise<O>
}

export interface GlobalActionDef<I, O> {
  scope: 'global'
  /**
   * `none`: callable without a WeChat identity (from the cloud console or CLI); such an action
   * authorises the call itself, e.g. with the platform admin token.
   */
  identity?: 'required' | 'none'
  input: z.ZodType
  run(ctx: GlobalCtx, input: I): Promise<O>
}

export type AnyActionDef = StationActionDef<never, unknown> | GlobalActionDef<never, unknown>

/** Binds action definitions to one function's contract. */
export function actionsOf<F extends FnName>(contract: Contract[F]) {
  const inputOf = (name: string) => (contract as Record<string, { input: z.ZodType }>)[name].input
  return {
    station<A extends ActionName<F>>(
      name: A,
      def: Omit<StationActionDef<ParsedInputOf<F, A>, OutputOf<F, A>>, 'scope' | 'input'>,
    ): StationActionDef<ParsedInputOf<F, A>, OutputOf<F, A>> {
      return { ...def, scope: 'station', input: inputOf(name) }
    },
    global<A extends ActionName<F>>(
      name: A,
      def: Omit<GlobalActionDef<ParsedInputOf<F, A>, OutputOf<F, A>>, 'scope' | 'input'>,
    ): GlobalActionDef<ParsedInputOf<F, A>, OutputOf<F, A>> {
      return { ...def, scope: 'global', input: inputOf(name) }
    },
  }
}

/** The table a function's index.ts exports: every action of its contract, no more, no less. */
export type ActionTable<F extends FnName> = {
  [A in ActionName<F>]:
    | StationActionDef<ParsedInputOf<F, A>, OutputOf<F, A>>
    | GlobalActionDef<ParsedInputOf<F, A>, OutputOf<F, A>>
}
