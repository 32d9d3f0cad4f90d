import { Image, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { WISH_CATEGORY_LABELS, WISH_STATUS_LABELS } from '@contract/labels'
import type { WishDetail } from '@contract/wish'
import { Screen } from '@/components/Screen'
import { Btn } from '@/components/Btn'
import { Empty, Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { previewPhotos } from '@/platform/media'
import { go } from '@/platform/nav'
import { dateTime, shortDate } from '@/utils/format'
import { Photos } from '../components/Photos'
import { WishGate } from '../components/WishGate'
import { ContactCard } from './ContactCard'
import { Follow } from './Follow'
import { Moves } from './Moves'
import { StatusNote } from './StatusNote'
import '../components/wish.css'

/** While a wish is under way its contact matters; once it is closed the card goes. */
const ACTIVE: WishDetail['status'][] = ['pending', 'open', 'claimed', 'fulfilled', 'disputed']

const POSTED_VIA = { self: '', proxy: '（由代办人发布）', staff: '（由驿站工作人员代发）' }

/**
 * One wish: where it stands, what it is, who is helping; for the wisher, the helper and staff
 * also how to reach the wisher, the progress and the fulfilment photos; and the steps open to
 * the person looking, as the server lists them.
 */
export default function DetailPage() {
  const wishId = useRouter().params.id ?? ''
  return (
    <Screen testId='page-wish-detail'>
      <WishGate>
        {() =>
          wishId ? (
            <Detail wishId={wishId} />
          ) : (
            <Empty title='没有找到这个心愿'>
              <Btn className='btn btn--ghost' onClick={() => go('/packages/wish/wall/index')}>
                去心愿墙看看
              </Btn>
            </Empty>
          )
        }
      </WishGate>
    </Screen>
  )
}

function Detail({ wishId }: { wishId: string }) {
  const wish = useQuery('wish', 'detail', { wishId }, { forPrincipal: true })
  usePullDownRefresh(() => {
    wish.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <Loadable state={wish} onRetry={wish.reload}>
      {(w) => (
        <View data-testid={`wish-detail-${w.status}`}>
          <StatusNote wish={w} />
          <About wish={w} />
          {/* What was done comes before the buttons that confirm it; how to reach the wisher after. */}
          <Helping wish={w} />
          <Moves wish={w} reload={wish.reload} />
          {w.canSeeContact && ACTIVE.includes(w.status) ? (
            <ContactCard wishId={w.wishId} role={w.role} />
          ) : null}
          <Follow wish={w} />
        </View>
      )}
    </Loadable>
  )
}

function About({ wish: w }: { wish: WishDetail }) {
  return (
    <View className='card'>
      {w.imageUrls[0] ? (
        <Image
          className='wish-hero-img'
          src={w.imageUrls[0]}
          mode='aspectFill'
          onClick={() => previewPhotos(w.imageUrls, w.imageUrls[0])}
        />
      ) : null}
      <View className='title-xl' data-testid='wish-title'>
        {w.title}
      </View>
      <View>
        <Text className='tag tag--grey'>{WISH_CATEGORY_LABELS[w.category]}</Text>
        <Text className='tag' data-testid='wish-status'>
          {WISH_STATUS_LABELS[w.status]}
        </Text>
      </View>
      <View className='text-s muted'>
        {w.buildingName} · 希望{shortDate(w.neededBy)}前完成
      </View>
      <View className='wish-section'>{w.description}</View>
      {w.imageUrls.length > 1 ? <Photos urls={w.imageUrls.slice(1)} /> : null}
      {w.wisherName ? (
        <View className='text-s muted wish-section' data-testid='wish-wisher'>
          许愿人：{w.wisherName}
          {w.postedVia ? POSTED_VIA[w.postedVia] : ''} · {shortDate(w.createdAt)}发布
        </View>
      ) : null}
    </View>
  )
}

/** Who is helping, how it is going, what was done, and the thank-you. */
function Helping({ wish: w }: { wish: WishDetail }) {
  if (!w.claimerName && !w.resolution) return null
  return (
    <View className='card' data-testid='wish-helping'>
      {w.claimerName ? (
        <View className='title-l'>
          {w.claimerName}
          {w.status === 'confirmed' ? ' 帮忙实现了这个心愿' : ' 认领了这个心愿'}
        </View>
      ) : null}
      {w.points ? (
        <View className='ok' data-testid='wish-points'>
          获得 {w.points} 积分
        </View>
      ) : null}
      {w.progressNote ? (
        <Section label={`进展${w.progressAt ? `（${dateTime(w.progressAt)}）` : ''}`}>
          {w.progressNote}
        </Section>
      ) : null}
      {w.fulfilNote ? <Section label='完成情况'>{w.fulfilNote}</Section> : null}
      <Photos urls={w.fulfilImageUrls} testId='fulfil-photos-shown' />
      {w.disputeReason ? <Section label='许愿人的异议'>{w.disputeReason}</Section> : null}
      {w.resolution ? <Section label='驿站处理说明'>{w.resolution}</Section> : null}
      {w.thanks ? (
        <View className='wish-thanks' data-testid='wish-thanks'>
          “{w.thanks}”
        </View>
      ) : null}
    </View>
  )
}

function Section({ label, children }: { label: string; children: string }) {
  return (
    <View className='wish-section'>
      <View className='wish-section__label'>{label}</View>
      <View>{children}</View>
    </View>
  )
}
