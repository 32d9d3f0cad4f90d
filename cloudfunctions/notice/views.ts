/** Mappers from stored notices to what the contract promises, and the card a notice is shared as. */
import type { StationDoc } from '../../types/entities'
import type { ManagedNotice, NoticeCard, NoticeDoc, ShareCard } from '../../types/notice'
import { NOTICE_CATEGORY_LABELS } from '../../types/notice/labels'

export const DETAIL_PAGE = 'packages/notice/detail/index'

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

export function excerptOf(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

export function isExpired(notice: Pick<NoticeDoc, 'expiresAt'>, now: Date): boolean {
  return !!notice.expiresAt && new Date(notice.expiresAt).getTime() <= now.getTime()
}

export function toCard(n: NoticeDoc, read: boolean): NoticeCard {
  return {
    noticeId: n._id,
    title: n.title,
    excerpt: excerptOf(n.body),
    category: n.category,
    urgency: n.urgency,
    pinned: n.pinned,
    authorName: n.authorName,
    authorTitle: n.authorTitle,
    targetLabel: n.targetLabel,
    imageCount: n.images.length,
    createdAt: new Date(n.createdAt).toISOString(),
    expiresAt: iso(n.expiresAt),
    read,
  }
}

export function toManaged(n: NoticeDoc, memberId: string | undefined, now: Date): ManagedNotice {
  return {
    noticeId: n._id,
    title: n.title,
    category: n.category,
    urgency: n.urgency,
    pinned: n.pinned,
    status: n.status,
    expired: isExpired(n, now),
    targetLabel: n.targetLabel,
    authorName: n.authorName,
    mine: n.authorId === memberId,
    audience: n.audience.households,
    createdAt: new Date(n.createdAt).toISOString(),
    expiresAt: iso(n.expiresAt),
  }
}

/** The page a message or a card opens: the notice, in this station (its code, as the QR carries it). */
export function detailPath(station: Pick<StationDoc, 'code'>, noticeId: string): string {
  return `${DETAIL_PAGE}?s=${encodeURIComponent(station.code)}&id=${noticeId}`
}

/** 【停水停电】明天8:00-12:00停水 — the card a group chat shows. */
export function shareCard(station: Pick<StationDoc, 'code'>, n: NoticeDoc, imageUrl: string): ShareCard {
  return {
    title: `【${NOTICE_CATEGORY_LABELS[n.category]}】${n.title}`,
    path: `/${detailPath(station, n._id)}`,
    imageUrl,
  }
}
