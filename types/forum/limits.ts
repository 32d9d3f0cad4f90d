/**
 * Lengths and counts of 邻里夜话 that the server enforces and the app shows before sending (pure
 * data: the app imports it as a value).
 */
export const FORUM_LIMITS = {
  titleMin: 4,
  titleMax: 40,
  bodyMax: 1000,
  replyMax: 500,
  /** A reason for declining, closing, handing back, reopening, hiding. */
  reasonMax: 200,
  noteMax: 500,
  officialReplyMax: 1000,
  commentMax: 200,
  queryMax: 30,
  sessionTitleMax: 40,
  placeMax: 40,
  hostsMax: 8,
  agendaMax: 20,
  minutesMax: 5000,
  commitmentsMax: 20,
  commitmentMax: 200,
  /** Timeline entries a topic keeps (progress notes included). */
  timelineMax: 80,
} as const
