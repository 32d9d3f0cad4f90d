import { parseScene, sceneFrom } from '../../../src/platform/scene'

describe('scene parsing', () => {
  test('the QR scene WeChat passes (URL-encoded once) gives the station code', () => {
    expect(sceneFrom({ scene: 's%3Dxinan' }).stationCode).toBe('xinan')
  })

  test('an H5 search string ?scene=s%3D<code> gives the station code', () => {
    expect(sceneFrom({}, '?scene=s%3Dxinan').stationCode).toBe('xinan')
  })

  test('a shared card path with a plain s=<code> gives the station code', () => {
    expect(sceneFrom({ s: 'qinglan' }).stationCode).toBe('qinglan')
  })

  test('a twice-encoded scene still parses', () => {
    expect(sceneFrom({ scene: encodeURIComponent('s%3Dxinan') }).stationCode).toBe('xinan')
  })

  test('garbage and codes with illegal characters give no station', () => {
    expect(sceneFrom({ scene: '%E4%BD%A0%E5%A5%BD' }).stationCode).toBeNull()
    expect(sceneFrom({ scene: 's=<script>' }).stationCode).toBeNull()
    expect(sceneFrom({ scene: '%' }).stationCode).toBeNull()
    expect(sceneFrom({}).stationCode).toBeNull()
  })

  test('extra scene keys are kept for later routing', () => {
    expect(parseScene('s%3Dxinan%26n%3Dabc')).toEqual({ s: 'xinan', n: 'abc' })
  })
})
