import { Btn } from '@/components/Btn'
import { Empty } from '@/components/StateViews'
import { go } from '@/platform/nav'
import { FORUM } from './paths'

/** A page opened without saying which topic or session (a broken link): say so, and offer the forum. */
export function Missing({ what }: { what: string }) {
  return (
    <Empty title={`没有找到这个${what}`}>
      <Btn className='btn btn--plain' onClick={() => go(FORUM.home)} data-testid='go-forum-home'>
        去邻里夜话看看
      </Btn>
    </Empty>
  )
}
