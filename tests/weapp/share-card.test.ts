/**
 * Journey on the weapp build: a resident shares the station's home to a group chat from the ···
 * menu, and a neighbour who has never used the app opens the card (with its shareTicket) and lands
 * in the same station.
 */
import { weappSuite } from './driver'

const weapp = weappSuite()

test('a neighbour opens the home page shared to a group and lands in the same station', async () => {
  const resident = weapp.phone('demo-resident')
  await resident.scan('s=qinglan')
  const card = resident.share()
  expect(card.title).toContain('晴岚家园')
  expect(card.path).toMatch(/^\/pages\/entry\/index\?/)

  const neighbour = weapp.phone('weapp-neighbour')
  await neighbour.openCard(card.path!, 'share-ticket-1')
  expect(neighbour.route).toBe('pages/home/index')
  expect(neighbour.text('station-name')).toContain('晴岚家园')
  expect(neighbour.has('member-guest')).toBe(true)
})
