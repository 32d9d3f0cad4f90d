import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { WISH_LIMITS } from '@contract/limits'
import type { WishDetail, WishMove } from '@contract/wish'
import { Btn } from '@/components/Btn'
import type { Mutation } from '@/data'
import { useMutation } from '@/data'
import { confirm, showError, toastDone } from '@/platform/feedback'
import { NoteForm } from '../components/NoteForm'
import { WISH_VIEWS } from '../components/moves'
import { FulfilForm } from './FulfilForm'
import { StaffMoves } from './StaffMoves'

type Form = 'release' | 'progress' | 'fulfil' | 'confirm' | 'dispute' | 'thank'

interface Props {
  wish: WishDetail
  /** Reads the wish again (after a refusal: it may have moved meanwhile). */
  reload(): unknown
}

const options = (forPrincipal = false) => ({ invalidates: WISH_VIEWS, forPrincipal })

/**
 * The steps open to this person now, exactly as the server listed them (`moves`): each a big
 * button; the ones that need a few words open a small form in place.
 */
export function Moves({ wish, reload }: Props) {
  const [open, setOpen] = useState<Form | null>(null)
  const claim = useMutation('wish', 'claim', options())
  const release = useMutation('wish', 'release', options())
  const progress = useMutation('wish', 'progress', options())
  const confirmIt = useMutation('wish', 'confirm', options(true))
  const dispute = useMutation('wish', 'dispute', options(true))
  const thank = useMutation('wish', 'thank', options(true))
  const withdraw = useMutation('wish', 'withdraw', options(true))
  const wishId = wish.wishId
  const has = (m: WishMove) => wish.moves.includes(m)

  /** Runs a step; on success the form closes and a short ✓ says it is done. */
  async function step<I>(mutation: Mutation<I, unknown>, input: I, done: () => void) {
    const answer = await mutation.run(input)
    if (answer) {
      setOpen(null)
      done()
    }
    return answer
  }
  // A one-tap step refused (已被认领, 已过期…): said in a modal, and the wish read again.
  useRefusal(claim.error?.message, reload)
  useRefusal(withdraw.error?.message, reload)

  const close = () => setOpen(null)
  if (open === 'fulfil') return <FulfilForm wishId={wishId} onDone={close} />
  const note = noteForms(wish, { release, progress, confirm: confirmIt, dispute, thank }, step, close)
  if (open) return note[open]

  const forms = FORM_BUTTONS.filter((b) => has(b.move))
  return (
    <View className='wish-actions' data-testid='wish-moves'>
      {has('claim') ? (
        <Btn
          className='btn btn--primary'
          onClick={() => step(claim, { wishId }, () => toastDone('认领成功'))}
          data-testid='move-claim'
        >
          我来认领
        </Btn>
      ) : null}
      {forms.map((b) => (
        <Btn
          key={b.move}
          className={`btn ${b.primary ? 'btn--primary' : 'btn--plain'}`}
          onClick={() => setOpen(b.move)}
          data-testid={`move-${b.move}`}
        >
          {b.move === 'confirm' && wish.role !== 'wisher' ? '替居民确认已实现' : b.text}
        </Btn>
      ))}
      {has('withdraw') ? (
        <Btn
          className='btn btn--ghost'
          onClick={async () => {
            if (await confirm('撤回心愿', '撤回后心愿墙上就看不到了，确定撤回吗？'))
              await step(withdraw, { wishId }, () => toastDone('已撤回'))
          }}
          data-testid='move-withdraw'
        >
          撤回心愿
        </Btn>
      ) : null}
      <StaffMoves wish={wish} reload={reload} />
    </View>
  )
}

/** Steps that open a form first, in the order their buttons show. */
const FORM_BUTTONS: { move: Form; text: string; primary?: boolean }[] = [
  { move: 'fulfil', text: '标记完成（拍照）', primary: true },
  { move: 'progress', text: '告诉许愿人进展' },
  { move: 'confirm', text: '确认心愿已实现', primary: true },
  { move: 'dispute', text: '没有实现，提出异议' },
  { move: 'thank', text: '写一句感谢', primary: true },
  { move: 'release', text: '放弃认领' },
]

function useRefusal(message: string | undefined, reload: () => unknown) {
  useEffect(() => {
    if (!message) return
    void showError(message)
    reload()
  }, [message])
}

type Step = <I>(mutation: Mutation<I, unknown>, input: I, done: () => void) => Promise<unknown>

interface NoteMutations {
  release: Mutation<{ wishId: string; reason?: string }, unknown>
  progress: Mutation<{ wishId: string; note: string }, unknown>
  confirm: Mutation<{ wishId: string; thanks?: string }, unknown>
  dispute: Mutation<{ wishId: string; reason: string }, unknown>
  thank: Mutation<{ wishId: string; thanks: string }, unknown>
}

/** The small forms, one per step that takes a few words. */
function noteForms(
  wish: WishDetail,
  m: NoteMutations,
  step: Step,
  close: () => void,
): Record<Exclude<Form, 'fulfil'>, JSX.Element> {
  const wishId = wish.wishId
  const common = (mutation: Mutation<never, unknown>) => ({
    busy: mutation.busy,
    serverError: mutation.error?.message ?? null,
    onCancel: close,
  })
  return {
    release: (
      <NoteForm
        {...common(m.release)}
        testId='release-form'
        label='原因（许愿人会看到）'
        optional
        quick={['这几天临时有事', '能力有限，帮不上']}
        maxlength={WISH_LIMITS.reasonMax}
        confirmText='确认放弃认领'
        onSubmit={(reason) => step(m.release, { wishId, reason }, () => toastDone('已放弃认领'))}
      />
    ),
    progress: (
      <NoteForm
        {...common(m.progress)}
        testId='progress-form'
        label='进展'
        quick={['已电话联系', '约好了上门时间', '正在准备，请放心']}
        maxlength={WISH_LIMITS.noteMax}
        confirmText='发给许愿人'
        onSubmit={(note) => step(m.progress, { wishId, note }, () => toastDone('已发送'))}
      />
    ),
    confirm: (
      <NoteForm
        {...common(m.confirm)}
        testId='confirm-form'
        label={`想对${wish.claimerName ?? '帮忙的邻居'}说的话（可不写，会显示在心愿墙上）`}
        optional
        quick={['谢谢您的帮助！', '辛苦了，太感谢了']}
        maxlength={WISH_LIMITS.thanksMax}
        confirmText='确认已实现'
        onSubmit={(thanks) => step(m.confirm, { wishId, thanks }, () => toastDone('已确认'))}
      />
    ),
    dispute: (
      <NoteForm
        {...common(m.dispute)}
        testId='dispute-form'
        label='哪里还没有做好'
        maxlength={WISH_LIMITS.reasonMax}
        confirmText='提交给驿站处理'
        onSubmit={(reason) => step(m.dispute, { wishId, reason }, () => toastDone('已提交'))}
      />
    ),
    thank: (
      <NoteForm
        {...common(m.thank)}
        testId='thank-form'
        label='感谢的话（会显示在心愿墙上）'
        quick={['谢谢您的帮助！', '辛苦了，太感谢了']}
        maxlength={WISH_LIMITS.thanksMax}
        confirmText='发送感谢'
        onSubmit={(thanks) => step(m.thank, { wishId, thanks }, () => toastDone('已感谢'))}
      />
    ),
  }
}
