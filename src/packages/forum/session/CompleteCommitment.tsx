import { View } from '@tarojs/components'
import { useState } from 'react'
import type { CommitmentView } from '@contract/forum'
import { FORUM_LIMITS as L } from '@contract/forum/limits'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { TextBox } from '../topic/TextBox'

/** Staff, or the responsible side's representative, mark a promise kept, saying what was done. */
export function CompleteCommitment({ c, me }: { c: CommitmentView; me: MeView }) {
  const complete = useMutation('forum', 'completeCommitment', {
    invalidates: ['forum.session', 'forum.commitmentBoard'],
  })
  const [open, setOpen] = useState(false)
  const mayClose = me.permissions.isStaff || (me.roles.includes('sideRep') && me.member?.side === c.side)
  if (c.status === 'done' || !mayClose) return null
  if (!open)
    return (
      <Btn className='btn btn--ghost btn--small' onClick={() => setOpen(true)} data-testid='open-complete'>
        标记为已兑现
      </Btn>
    )
  return (
    <View>
      <TextBox
        label='完成情况'
        placeholder='做了什么，居民会在公示栏看到'
        maxlength={L.noteMax}
        button='确认已兑现'
        busy={complete.busy}
        error={complete.error?.message ?? null}
        testId='complete'
        send={async (note) => !!(await complete.run({ commitmentId: c.commitmentId, note }))}
      />
    </View>
  )
}
