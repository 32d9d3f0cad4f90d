/**
 * Contract of the `forum` cloud function (邻里夜话): topics, discussion, handling by staff and the
 * sides, rating, moderation, evening sessions and their commitments, figures.
 */
import { maintenanceActions } from '../maintenance'
import { discussionActions } from './discussion'
import { figureActions } from './figures'
import { handlingActions } from './handling'
import { moderationActions } from './moderation'
import { ratingActions } from './rating'
import { sessionActions } from './sessions'
import { topicActions } from './topics'

export const forumContract = {
  ...topicActions,
  ...discussionActions,
  ...handlingActions,
  ...ratingActions,
  ...moderationActions,
  ...sessionActions,
  ...figureActions,
  ...maintenanceActions,
}

export type * from './entities'
export type * from './views'
export type { TopicSort } from './topics'
export type { QueueView } from './handling'
