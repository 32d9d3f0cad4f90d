/** Reported content for staff, who hide or restore it with a reason (audited). */
import * as z from 'zod'
import { returns } from '../contract'
import { id, oneOf, page, text } from '../fields'
import type { Page } from '../fields'
import { REPORT_TARGETS } from './entities'
import { FORUM_LIMITS as L } from './limits'
import type { ReportRow } from './views'

const target = {
  targetType: oneOf('内容类型', REPORT_TARGETS),
  targetId: id('内容'),
  reason: text('原因', L.reasonMax),
}

export const moderationActions = {
  /** Reported content not yet looked at, then what is hidden. */
  reportQueue: {
    input: z.object({ ...page }),
    output: returns<Page<ReportRow>>(),
  },
  hideContent: {
    input: z.object(target),
    output: returns<{ hidden: true }>(),
  },
  /** Shows hidden content again, or keeps reported content up: either way its reports are dealt with. */
  restoreContent: {
    input: z.object(target),
    output: returns<{ hidden: false }>(),
  },
}
