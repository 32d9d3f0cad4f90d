/**
 * What each person may see of a wish. The wall and every card show the building and the
 * category, never the wisher, the contact or the exact address (those live on `wishContacts`
 * and only the contact reveal reads them). The wisher, the claimer and staff see a wish in full.
 */
import type { WishDoc } from '../../types/wish/entities'
import type { WishCard, WishDetail, WishRole, WishSettings } from '../../types/wish/views'
import type { StationCtx } from '../_kernel/action'
import { notFound } from '../_kernel/errors'
import { urlsFor } from '../_kernel/storage'
import { autoConfirmAt, movesFor, ON_WALL, releaseAt } from './machine'
import type { Caller } from './machine'

export function roleOf(wish: Pick<WishDoc, 'wisherId' | 'claimerId'>, caller: Caller): WishRole {
  if (caller.memberId && caller.memberId === wish.wisherId) return 'wisher'
  if (caller.memberId && caller.memberId === wish.claimerId) return 'claimer'
  return caller.staff ? 'staff' : 'neighbour'
}

/** Neighbours see wishes on the wall; the wisher, the claimer and staff every one of theirs. */
export function canRead(wish: WishDoc, role: WishRole): boolean {
  return role !== 'neighbour' || ON_WALL.includes(wish.status)
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

function cardOf(wish: WishDoc, role: WishRole, imageUrls: string[]): WishCard {
  return {
    wishId: wish._id,
    title: wish.title,
    category: wish.category,
    buildingName: wish.buildingName,
    neededBy: wish.neededBy,
    // A dispute is between the wisher, the helper and staff: neighbours see the wish as taken.
    status: role === 'neighbour' && wish.status === 'disputed' ? 'claimed' : wish.status,
    imageUrls,
    claimerName: wish.claimerId ? wish.claimerName : null,
    thanks: wish.status === 'confirmed' ? wish.thanks : '',
    points: wish.status === 'confirmed' ? wish.points : 0,
    createdAt: new Date(wish.createdAt).toISOString(),
  }
}

/** Cards for a page of wishes, with one lookup for all their images. */
export async function cardsOf(ctx: StationCtx, wishes: WishDoc[], caller: Caller): Promise<WishCard[]> {
  const urls = await urlsFor(
    ctx,
    wishes.flatMap((w) => w.images),
  )
  let at = 0
  return wishes.map((wish) => {
    const mine = urls.slice(at, at + wish.images.length).filter(Boolean)
    at += wish.images.length
    return cardOf(wish, roleOf(wish, caller), mine)
  })
}

/**
 * May this person see how to reach the wisher? The wisher (and their stand-in, acting as them),
 * staff, and the claimer while the wish is in their hands.
 */
export function mayReveal(wish: WishDoc, role: WishRole): boolean {
  if (role === 'wisher' || role === 'staff') return true
  return role === 'claimer' && ['claimed', 'fulfilled', 'disputed'].includes(wish.status)
}

/** A wish in full as this caller may see it (NOT_FOUND when they may not see it at all). */
export async function detailOf(
  ctx: StationCtx,
  wish: WishDoc,
  caller: Caller,
  settings: WishSettings,
): Promise<WishDetail> {
  const role = roleOf(wish, caller)
  if (!canRead(wish, role)) throw notFound('没有找到这个心愿，可能已被撤回')
  return (await detailsOf(ctx, [wish], caller, settings))[0]
}

/** Details of wishes the caller may read, with one lookup for all their images. */
export async function detailsOf(
  ctx: StationCtx,
  wishes: WishDoc[],
  caller: Caller,
  settings: WishSettings,
): Promise<WishDetail[]> {
  const shown = wishes.map((wish) => {
    const role = roleOf(wish, caller)
    return { wish, role, files: [...wish.images, ...(role !== 'neighbour' ? wish.fulfilImages : [])] }
  })
  const urls = await urlsFor(
    ctx,
    shown.flatMap((s) => s.files),
  )
  let at = 0
  return shown.map(({ wish, role, files }) => {
    const mine = urls.slice(at, at + files.length)
    at += files.length
    return detailFrom(ctx.now, wish, role, caller, settings, mine)
  })
}

function detailFrom(
  now: Date,
  wish: WishDoc,
  role: WishRole,
  caller: Caller,
  settings: WishSettings,
  urls: string[],
): WishDetail {
  const party = role !== 'neighbour'
  const card = cardOf(wish, role, urls.slice(0, wish.images.length).filter(Boolean))
  return {
    ...card,
    description: wish.description,
    role,
    moves: movesFor(wish, caller, now, settings),
    canSeeContact: mayReveal(wish, role),
    wisherName: party ? wish.wisherName : '',
    postedVia: party ? wish.postedVia : null,
    rejectReason: party ? wish.rejectReason : '',
    claimedAt: iso(wish.claimedAt),
    progressNote: party ? wish.progressNote : '',
    progressAt: party ? iso(wish.progressAt) : null,
    releaseAt: party ? iso(releaseAt(wish, settings)) : null,
    fulfilNote: party ? wish.fulfilNote : '',
    fulfilImageUrls: urls.slice(wish.images.length).filter(Boolean),
    fulfilledAt: iso(wish.fulfilledAt),
    autoConfirmAt: party ? iso(autoConfirmAt(wish, settings)) : null,
    confirmedAt: iso(wish.confirmedAt),
    disputeReason: party ? wish.disputeReason : '',
    resolution: party ? wish.resolution : '',
    flagged: role === 'staff' ? wish.flagged : false,
  }
}
