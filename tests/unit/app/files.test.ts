/**
 * Handing files over in weapp: the WeChat call starts inside the tap (a stale tap is refused before
 * WeChat is asked), and each refusal of 保存到相册 is told apart.
 */
const fake = {
  saveImageToPhotosAlbum: jest.fn(),
  shareFileMessage: jest.fn(),
  openSetting: jest.fn(),
  writeFile: jest.fn(),
}
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    saveImageToPhotosAlbum: (o: unknown) => fake.saveImageToPhotosAlbum(o),
    shareFileMessage: (o: unknown) => fake.shareFileMessage(o),
    openSetting: () => fake.openSetting(),
    getFileSystemManager: () => ({
      writeFile: (o: { success(): void }) => {
        fake.writeFile(o)
        o.success()
      },
    }),
  },
}))

process.env.TARO_ENV = 'weapp'
/* eslint-disable @typescript-eslint/no-require-imports */
const files = require('@/platform/files') as typeof import('@/platform/files')
const { onTap, TapLost } = require('@/platform/tap') as typeof import('@/platform/tap')
/* eslint-enable @typescript-eslint/no-require-imports */

const png = { name: '馨安-二维码.png', path: 'wxfile://usr/馨安-二维码.png' }
const saveFromTap = (file = png) => onTap((tap) => files.saveImage(tap, file))(undefined)

beforeEach(() => jest.clearAllMocks())

test('the file is prepared first (written), then the tap saves it', async () => {
  const ready = await files.preparePng({ base64: 'iVBORw0KGgo=' }, '馨安公寓红旗驿站-二维码')
  expect(ready).toEqual({
    name: '馨安公寓红旗驿站-二维码.png',
    path: 'wxfile://usr/馨安公寓红旗驿站-二维码.png',
  })
  expect(fake.writeFile).toHaveBeenCalledTimes(1)
  fake.saveImageToPhotosAlbum.mockResolvedValue({ errMsg: 'saveImageToPhotosAlbum:ok' })
  await expect(saveFromTap(ready)).resolves.toEqual({ kind: 'saved' })
})

test('saving from a tap that is already over is refused before WeChat is asked', async () => {
  let refused: unknown = null
  onTap(async (tap) => {
    await Promise.resolve() // e.g. a download: the tap is over
    try {
      files.saveImage(tap, png)
    } catch (err) {
      refused = err
    }
  })(undefined)
  await new Promise((r) => setTimeout(r, 0))
  expect(refused).toBeInstanceOf(TapLost)
  expect(fake.saveImageToPhotosAlbum).not.toHaveBeenCalled()
})

test('a refused privacy popup says so and does not send the person to settings', async () => {
  fake.saveImageToPhotosAlbum.mockRejectedValue({
    errno: 104,
    errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized',
  })
  const err = await saveFromTap().catch((e) => e)
  expect(err).toBeInstanceOf(files.SaveError)
  expect(err.message).toMatch(/没有同意本小程序的隐私保护指引/)
  expect(err.message).not.toMatch(/设置/)
  expect(err.needsSetting).toBe(false)
})

test('an undeclared privacy API is the operator’s to fix', async () => {
  fake.saveImageToPhotosAlbum.mockRejectedValue({
    errno: 112,
    errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement',
  })
  const err = await saveFromTap().catch((e) => e)
  expect(err.message).toMatch(/驿站工作人员/)
  expect(err.needsSetting).toBe(false)
})

test('a permission switched off earlier needs the settings page', async () => {
  fake.saveImageToPhotosAlbum.mockRejectedValue({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
  const err = await saveFromTap().catch((e) => e)
  expect(err.needsSetting).toBe(true)
  expect(err.message).toMatch(/打开设置/)
})

test('backing out is no error', async () => {
  fake.saveImageToPhotosAlbum.mockRejectedValue({ errMsg: 'saveImageToPhotosAlbum:fail cancel' })
  await expect(saveFromTap()).resolves.toEqual({ kind: 'cancelled' })
})

test('a CSV goes to a chat from the tap; if sharing fails the file is kept and its path told', async () => {
  const csv = await files.prepareCsv('名册 1栋', '户,姓名\n')
  expect(csv.name).toBe('名册_1栋.csv')
  expect(fake.writeFile.mock.calls[0][0].data.startsWith('\ufeff')).toBe(true)
  fake.shareFileMessage.mockResolvedValue({})
  await expect(onTap((tap) => files.sendFile(tap, csv))(undefined)).resolves.toEqual({ kind: 'shared' })
  fake.shareFileMessage.mockRejectedValue({ errMsg: 'shareFileMessage:fail not supported' })
  await expect(onTap((tap) => files.sendFile(tap, csv))(undefined)).resolves.toEqual({
    kind: 'kept',
    path: csv.path,
  })
})
