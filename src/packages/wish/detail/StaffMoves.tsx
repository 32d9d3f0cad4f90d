import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { WISH_LIMITS } from '@contract/limits'
import type { WishDetail } from '@contract/wish'
import { Btn } from '@/components/Btn'
import { useMutation } from '@/data'
import { showError, toastDone } from '@/platform/feedback'
import { NoteForm } from '../components/NoteForm'
import { WISH_VIEWS } from '../components/moves'

type Open = 'reject' | 'settle' | 'reopen' | null

/** Staff's steps on a wish: review (approve, or turn down with a reason) and settling a dispute. */
export function StaffMoves({ wish, reload }: { wish: WishDetail; reload(): unknown }) {
  const [open, setOpen] = useState<Open>(null)
  const review = useMutation('wish', 'review', { invalidates: WISH_VIEWS })
  const wishId = wish.wishId
  useEffect(() => {
    if (review.error && !open) {
      void showError(review.error.message)
      reload()
    }
  }, [review.error])

  const close = () => setOpen(null)
  if (open === 'reject')
    return (
      <NoteForm
        testId='reject-form'
        label='不通过的原因（许愿人会看到）'
        quick={['不属于心愿墙的范围', '内容不完整，请补充后重新发布', '请直接联系物业处理']}
        maxlength={WISH_LIMITS.reasonMax}
        confirmText='确认不通过'
        busy={review.busy}
        serverError={review.error?.message ?? null}
        onCancel={close}
        onSubmit={async (reason) => {
          if (await review.run({ wishId, decision: 'reject', reason })) {
            toastDone('已退回')
            close()
          }
        }}
      />
    )
  if (open === 'settle' || open === 'reopen')
    return <ResolveForm wishId={wishId} decision={open === 'settle' ? 'confirm' : 'reopen'} onClose={close} />
  return (
    <View data-testid='staff-moves'>
      {wish.moves.includes('review') ? (
        <View>
          <Btn
            className='btn btn--primary'
            onClick={async () => {
              if (await review.run({ wishId, decision: 'approve' })) toastDone('已通过')
            }}
            data-testid='move-approve'
          >
            通过，上心愿墙
          </Btn>
          <Btn className='btn btn--plain' onClick={() => setOpen('reject')} data-testid='move-reject'>
            不通过
          </Btn>
        </View>
      ) : null}
      {wish.moves.includes('resolve') ? <ResolveButtons onOpen={setOpen} /> : null}
    </View>
  )
}

function ResolveButtons({ onOpen }: { onOpen(open: Open): void }) {
  return (
    <View>
      <Btn className='btn btn--primary' onClick={() => onOpen('settle')} data-testid='move-settle'>
        核实已完成：确认实现
      </Btn>
      <Btn className='btn btn--plain' onClick={() => onOpen('reopen')} data-testid='move-reopen'>
        没有完成：重新上墙
      </Btn>
    </View>
  )
}

/** Settling a dispute: a word on what staff found, then done or back on the wall. */
function ResolveForm({
  wishId,
  decision,
  onClose,
}: {
  wishId: string
  decision: 'confirm' | 'reopen'
  onClose(): void
}) {
  const resolve = useMutation('wish', 'resolve', { invalidates: WISH_VIEWS })
  return (
    <NoteForm
      testId={decision === 'confirm' ? 'settle-form' : 'reopen-form'}
      label='处理说明（许愿人和认领人会看到）'
      quick={decision === 'confirm' ? ['上门核实过，已经完成'] : ['核实后确实没有完成，重新等待认领']}
      maxlength={WISH_LIMITS.reasonMax}
      confirmText={decision === 'confirm' ? '确认已实现' : '重新上心愿墙'}
      busy={resolve.busy}
      serverError={resolve.error?.message ?? null}
      onCancel={onClose}
      onSubmit={async (note) => {
        if (await resolve.run({ wishId, decision, note })) {
          toastDone('已处理')
          onClose()
        }
      }}
    />
  )
}
