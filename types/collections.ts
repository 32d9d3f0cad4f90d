/**
 * Every collection the product uses, with its indexes: part of the contract with the deployment.
 * The local cloud creates them from this list; `platform.initDatabase` creates them in a deployed
 * environment and `npm run admin -- collections` prints the indexes to add in the console (the
 * cloud console creates unique indexes; see README "Deploy"). A new domain adds its collections here.
 */
import type {
  AuditDoc,
  BuildingDoc,
  ClaimTokenDoc,
  CounterDoc,
  OutboxDoc,
  SubscriptionDoc,
  FileDoc,
  HouseholdDoc,
  MemberDoc,
  PartyReportDoc,
  ProxyDoc,
  QrCodeDoc,
  ServicePostDoc,
  StationDoc,
} from './entities'
import type {
  NoticeAudienceDoc,
  NoticeDoc,
  NoticeGroupDoc,
  NoticeReadDoc,
  NoticeVisitDoc,
} from './notice/entities'
import type {
  CommitmentDoc,
  RatingDoc,
  ReplyDoc,
  ReportDoc,
  SessionSignupDoc,
  SupportDoc,
  TalkSessionDoc,
  TopicDoc,
} from './forum/entities'
import type { PointsBalanceDoc, PointsEntryDoc } from './points'
import type {
  ActivityDoc,
  CertificateDoc,
  CheckinDoc,
  CorrectionDoc,
  FeaturedDoc,
  RedemptionCountDoc,
  RedemptionDoc,
  RewardDoc,
  SignupDoc,
  VolunteerTeamDoc,
} from './volunteer/entities'
import type { WishContactDoc, WishDoc, WishSettingsDoc } from './wish/entities'

export interface IndexDecl {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}

export interface Collections {
  stations: StationDoc
  buildings: BuildingDoc
  households: HouseholdDoc
  members: MemberDoc
  auditLog: AuditDoc
  servicePosts: ServicePostDoc
  partyReports: PartyReportDoc
  proxies: ProxyDoc
  qrcodes: QrCodeDoc
  activities: ActivityDoc
  checkins: CheckinDoc
  claimTokens: ClaimTokenDoc
  counters: CounterDoc
  subscriptions: SubscriptionDoc
  outbox: OutboxDoc
  files: FileDoc
  pointsLedger: PointsEntryDoc
  pointsBalances: PointsBalanceDoc
  volunteerTeams: VolunteerTeamDoc
  signups: SignupDoc
  corrections: CorrectionDoc
  rewards: RewardDoc
  redemptions: RedemptionDoc
  redemptionCounts: RedemptionCountDoc
  featuredNeighbours: FeaturedDoc
  certificates: CertificateDoc
  notices: NoticeDoc
  noticeAudience: NoticeAudienceDoc
  noticeReads: NoticeReadDoc
  noticeVisits: NoticeVisitDoc
  noticeGroups: NoticeGroupDoc
  wishes: WishDoc
  wishContacts: WishContactDoc
  wishSettings: WishSettingsDoc
  topics: TopicDoc
  replies: ReplyDoc
  supports: SupportDoc
  ratings: RatingDoc
  reports: ReportDoc
  talkSessions: TalkSessionDoc
  sessionSignups: SessionSignupDoc
  commitments: CommitmentDoc
}

export type CollectionName = keyof Collections
/** Collections whose records belong to one station; all but `stations`. */
export type ScopedName = Exclude<CollectionName, 'stations'>

export const COLLECTIONS: Record<CollectionName, IndexDecl[]> = {
  stations: [{ name: 'code_unique', keys: { code: 1 }, unique: true }],
  buildings: [{ name: 'station_name_unique', keys: { stationId: 1, name: 1 }, unique: true }],
  households: [
    { name: 'station_room_unique', keys: { stationId: 1, buildingId: 1, unit: 1, room: 1 }, unique: true },
  ],
  members: [
    { name: 'station_openid_unique', keys: { stationId: 1, openid: 1 }, unique: true },
    { name: 'openid', keys: { openid: 1 } },
    { name: 'station_building_status', keys: { stationId: 1, buildingId: 1, status: 1 } },
    { name: 'station_household', keys: { stationId: 1, householdId: 1 } },
  ],
  auditLog: [{ name: 'station_at', keys: { stationId: 1, at: -1 } }],
  servicePosts: [{ name: 'station_name_unique', keys: { stationId: 1, name: 1 }, unique: true }],
  partyReports: [
    { name: 'station_member_unique', keys: { stationId: 1, memberId: 1 }, unique: true },
    { name: 'station_post', keys: { stationId: 1, postId: 1 } },
  ],
  proxies: [
    {
      name: 'station_principal_agent_unique',
      keys: { stationId: 1, principalId: 1, agentId: 1 },
      unique: true,
    },
    { name: 'station_agent', keys: { stationId: 1, agentId: 1 } },
    { name: 'station_building_status', keys: { stationId: 1, buildingId: 1, status: 1 } },
  ],
  qrcodes: [{ name: 'station_scene_unique', keys: { stationId: 1, scene: 1 }, unique: true }],
  activities: [
    { name: 'station_start', keys: { stationId: 1, startAt: -1 } },
    { name: 'station_status_start', keys: { stationId: 1, status: 1, startAt: 1 } },
    { name: 'station_team_start', keys: { stationId: 1, teamId: 1, startAt: -1 } },
  ],
  checkins: [
    { name: 'activity_member_unique', keys: { stationId: 1, activityId: 1, memberId: 1 }, unique: true },
    { name: 'station_member', keys: { stationId: 1, memberId: 1, activityStart: -1 } },
  ],
  claimTokens: [{ name: 'token_unique', keys: { token: 1 }, unique: true }],
  counters: [
    { name: 'station_name', keys: { stationId: 1, name: 1 } },
    // The honour roll: one tally per member and period, ranked by a sorted, indexed read.
    {
      name: 'station_tally_minutes',
      keys: { stationId: 1, name: 1, 'dims.period': 1, 'values.minutes': -1 },
    },
    { name: 'station_tally_points', keys: { stationId: 1, name: 1, 'dims.period': 1, 'values.points': -1 } },
    // A notice's figures (per building, per group) are read by the notice they count.
    { name: 'station_name_notice', keys: { stationId: 1, name: 1, 'dims.noticeId': 1 } },
  ],
  subscriptions: [{ name: 'station_member', keys: { stationId: 1, memberId: 1 } }],
  outbox: [
    { name: 'station_created', keys: { stationId: 1, createdAt: -1 } },
    { name: 'station_member_created', keys: { stationId: 1, memberId: 1, createdAt: -1 } },
  ],
  files: [
    // A stored file belongs to one record of one station.
    { name: 'fileID_unique', keys: { fileID: 1 }, unique: true },
    { name: 'station_item', keys: { stationId: 1, itemType: 1, itemId: 1 } },
    { name: 'traceId', keys: { traceId: 1 } },
  ],
  pointsLedger: [
    { name: 'idempotency_unique', keys: { stationId: 1, idempotencyKey: 1 }, unique: true },
    { name: 'station_member_created', keys: { stationId: 1, memberId: 1, createdAt: -1 } },
  ],
  pointsBalances: [
    { name: 'station_member_unique', keys: { stationId: 1, memberId: 1 }, unique: true },
    { name: 'station_balance', keys: { stationId: 1, balance: -1 } },
  ],
  volunteerTeams: [{ name: 'station_name_unique', keys: { stationId: 1, name: 1 }, unique: true }],
  signups: [
    { name: 'activity_member_unique', keys: { stationId: 1, activityId: 1, memberId: 1 }, unique: true },
    { name: 'activity_status_joined', keys: { stationId: 1, activityId: 1, status: 1, joinedAt: 1 } },
    { name: 'station_member_start', keys: { stationId: 1, memberId: 1, activityStart: -1 } },
  ],
  corrections: [
    { name: 'station_status_created', keys: { stationId: 1, status: 1, createdAt: -1 } },
    { name: 'station_member_created', keys: { stationId: 1, memberId: 1, createdAt: -1 } },
  ],
  rewards: [{ name: 'station_status_created', keys: { stationId: 1, status: 1, createdAt: -1 } }],
  redemptions: [
    { name: 'station_code_unique', keys: { stationId: 1, code: 1 }, unique: true },
    { name: 'station_member_created', keys: { stationId: 1, memberId: 1, createdAt: -1 } },
    { name: 'station_provider_used', keys: { stationId: 1, provider: 1, usedAt: -1 } },
  ],
  redemptionCounts: [
    { name: 'reward_member_unique', keys: { stationId: 1, rewardId: 1, memberId: 1 }, unique: true },
  ],
  featuredNeighbours: [{ name: 'station_month', keys: { stationId: 1, month: -1 } }],
  certificates: [
    { name: 'number_unique', keys: { number: 1 }, unique: true },
    { name: 'station_member', keys: { stationId: 1, memberId: 1 } },
  ],
  notices: [
    // A resident's list: notices whose keys include the whole station, my building or my unit.
    { name: 'station_scope_visible', keys: { stationId: 1, scopeKeys: 1, status: 1, visibleUntil: 1 } },
    // Managing: by building (heads), by author, or the station's newest (staff).
    { name: 'station_buildings_created', keys: { stationId: 1, buildingIds: 1, createdAt: -1 } },
    { name: 'station_author_created', keys: { stationId: 1, authorId: 1, createdAt: -1 } },
    { name: 'station_created', keys: { stationId: 1, createdAt: -1 } },
  ],
  noticeAudience: [{ name: 'station_notice', keys: { stationId: 1, noticeId: 1 } }],
  noticeReads: [
    // Ids are derived from notice and household, so one household reads once; the index serves lists.
    { name: 'station_notice_building', keys: { stationId: 1, noticeId: 1, buildingId: 1 } },
    { name: 'station_household', keys: { stationId: 1, householdId: 1 } },
  ],
  noticeVisits: [{ name: 'station_notice', keys: { stationId: 1, noticeId: 1 } }],
  noticeGroups: [
    { name: 'station_openGId_unique', keys: { stationId: 1, openGId: 1 }, unique: true },
    { name: 'station_building', keys: { stationId: 1, buildingId: 1 } },
  ],
  wishes: [
    // The wall: open wishes soonest-needed first; the others (and staff's queues) by latest change.
    { name: 'station_status_needed', keys: { stationId: 1, status: 1, neededByEnd: 1 } },
    { name: 'station_status_updated', keys: { stationId: 1, status: 1, updatedAt: -1 } },
    { name: 'station_wisher_created', keys: { stationId: 1, wisherId: 1, createdAt: -1 } },
    { name: 'station_claimer_updated', keys: { stationId: 1, claimerId: 1, updatedAt: -1 } },
    // The clock's one query across stations: wishes whose timed move has fallen due.
    { name: 'dueAt', keys: { dueAt: 1 } },
  ],
  wishContacts: [],
  wishSettings: [],
  // 邻里夜话 (forum): lists by hot / new / unresolved, a side's queue, my topics, search keys
  // (multikey: one entry per key, so `terms: _.all([...])` is an index lookup), reports, overdue.
  topics: [
    { name: 'station_hidden_support', keys: { stationId: 1, hidden: 1, supportCount: -1 } },
    { name: 'station_hidden_created', keys: { stationId: 1, hidden: 1, createdAt: -1 } },
    { name: 'station_status_created', keys: { stationId: 1, status: 1, createdAt: 1 } },
    { name: 'station_side_status', keys: { stationId: 1, side: 1, status: 1 } },
    { name: 'station_author_created', keys: { stationId: 1, authorId: 1, createdAt: -1 } },
    { name: 'station_terms', keys: { stationId: 1, terms: 1 } },
    { name: 'station_reports', keys: { stationId: 1, reportsOpen: 1 } },
    { name: 'station_overdue_due', keys: { stationId: 1, overdueAt: 1, dueAt: 1 } },
  ],
  replies: [
    { name: 'station_topic_created', keys: { stationId: 1, topicId: 1, createdAt: 1 } },
    { name: 'station_reports', keys: { stationId: 1, reportsOpen: 1 } },
  ],
  // One support, one rating, one report per member and item: a repeat is the same record.
  supports: [
    { name: 'station_topic_member_unique', keys: { stationId: 1, topicId: 1, memberId: 1 }, unique: true },
  ],
  ratings: [
    { name: 'station_topic_member_unique', keys: { stationId: 1, topicId: 1, memberId: 1 }, unique: true },
  ],
  reports: [
    {
      name: 'station_target_reporter_unique',
      keys: { stationId: 1, targetType: 1, targetId: 1, reporterId: 1 },
      unique: true,
    },
  ],
  talkSessions: [{ name: 'station_start', keys: { stationId: 1, startAt: -1 } }],
  sessionSignups: [
    {
      name: 'station_session_member_unique',
      keys: { stationId: 1, sessionId: 1, memberId: 1 },
      unique: true,
    },
    { name: 'station_member', keys: { stationId: 1, memberId: 1 } },
  ],
  commitments: [
    { name: 'station_status_due', keys: { stationId: 1, status: 1, dueAt: 1 } },
    { name: 'station_session', keys: { stationId: 1, sessionId: 1 } },
  ],
}
