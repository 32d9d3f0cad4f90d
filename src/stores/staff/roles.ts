/**
 * 角色管理: who holds which granted role, taking a role away, and granting one to a verified
 * resident found by name. Only 站长 / 副站长 may change roles (the server enforces it).
 */
import { create } from 'zustand'
import type { GrantedRole, Side } from '@contract/entities'
import type { MemberRow } from '@contract/station'
import { call } from '@/services/cloud'
import type { CallError } from '@/services/cloud'
import type { Async } from '../async'
import { asCallError, idle, track } from '../async'

export interface GrantDraft {
  target: MemberRow | null
  role: GrantedRole | null
  headOf: string[]
  side: Side | null
  flagTeam: string
}

const EMPTY_DRAFT: GrantDraft = { target: null, role: null, headOf: [], side: null, flagTeam: '' }

interface RolesState {
  holders: Async<MemberRow[]>
  /** `${memberId}|${role}` being revoked. */
  revoking: string | null
  revokeError: { key: string; error: CallError } | null
  draft: GrantDraft
  granting: boolean
  grantError: CallError | null
  loadHolders(): Promise<MemberRow[] | null>
  revoke(member: MemberRow, role: GrantedRole): Promise<boolean>
  setDraft(p: Partial<GrantDraft>): void
  toggleBuilding(buildingId: string): void
  resetDraft(): void
  grant(): Promise<MemberRow | null>
}

export const revokeKey = (memberId: string, role: GrantedRole) => `${memberId}|${role}`

export const useRoles = create<RolesState>((set, get) => ({
  holders: idle(),
  revoking: null,
  revokeError: null,
  draft: EMPTY_DRAFT,
  granting: false,
  grantError: null,

  loadHolders() {
    return track(
      () => get().holders,
      (holders) => set({ holders }),
      async () => (await call('station', 'listRoleHolders', {})).items,
    )
  },

  async revoke(member, role) {
    const key = revokeKey(member.memberId, role)
    set({ revoking: key, revokeError: null })
    try {
      await call('station', 'revokeRole', { memberId: member.memberId, role })
      await get().loadHolders()
      return true
    } catch (err) {
      set({ revokeError: { key, error: asCallError(err) } })
      return false
    } finally {
      set({ revoking: null })
    }
  },

  setDraft: (p) => set({ draft: { ...get().draft, ...p }, grantError: null }),
  toggleBuilding(buildingId) {
    const { headOf } = get().draft
    get().setDraft({
      headOf: headOf.includes(buildingId)
        ? headOf.filter((id) => id !== buildingId)
        : [...headOf, buildingId],
    })
  },
  resetDraft: () => set({ draft: EMPTY_DRAFT, grantError: null }),

  async grant() {
    const { target, role, headOf, side, flagTeam } = get().draft
    if (!target || !role) return null
    set({ granting: true, grantError: null })
    try {
      const row = await call('station', 'grantRole', {
        memberId: target.memberId,
        role,
        headOf: role === 'buildingHead' ? headOf : [],
        side: role === 'sideRep' ? (side ?? undefined) : undefined,
        flagTeam: role === 'buildingHead' ? flagTeam.trim() : '',
      })
      set({ draft: EMPTY_DRAFT })
      await get().loadHolders()
      return row
    } catch (err) {
      set({ grantError: asCallError(err) })
      return null
    } finally {
      set({ granting: false })
    }
  },
}))
