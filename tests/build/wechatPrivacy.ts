/**
 * WeChat's privacy APIs as WeChat lists them, kept apart from the app's declarations
 * (config/privacy.ts) so the build test compares the app's list with the platform's, not with itself.
 *
 * Source: the table "隐私接口与对应的处理的信息关系" in
 * developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html (quoted in
 * full at juejin.cn/post/7280787122004377615; the plugin version is …/user-privacy/plugin-intro.html).
 * Clipboard: "setClipboardData:fail api scope is not declared in the privacy agreement" threads on
 * developers.weixin.qq.com/community (…/doc/000e6eb1600d9002295033a936b400). Group names are the
 * 信息类型 labels the admin console shows. `scanCode` is not in the table.
 */
export interface PrivacyGroup {
  /** wx APIs (member calls) and button open-types that handle this information. */
  apis: readonly string[]
  /** `wx.authorize({scope})` scopes that stand for the group. */
  scopes?: readonly string[]
  /** Components that handle it by being on a page (`<camera>`), found in WXML. */
  components?: readonly string[]
}

export const WECHAT_PRIVACY: Readonly<Record<string, PrivacyGroup>> = {
  '用户信息（微信昵称、头像）': { apis: ['chooseAvatar', 'getUserInfo', 'getUserProfile'] },
  位置信息: {
    apis: ['getLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'getFuzzyLocation'],
    scopes: ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation'],
  },
  选择的位置信息: { apis: ['choosePoi', 'chooseLocation'] },
  地址: { apis: ['chooseAddress'] },
  发票信息: { apis: ['chooseInvoiceTitle', 'chooseInvoice'] },
  微信运动数据: { apis: ['getWeRunData'], scopes: ['scope.werun'] },
  手机号: { apis: ['getPhoneNumber', 'getRealtimePhoneNumber'] },
  车牌号: { apis: ['chooseLicensePlate'] },
  选中的照片或视频信息: { apis: ['chooseImage', 'chooseMedia', 'chooseVideo'] },
  选中的文件: { apis: ['chooseMessageFile'] },
  麦克风: {
    apis: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
    scopes: ['scope.record'],
    components: ['live-pusher'],
  },
  摄像头: { apis: ['createVKSession'], scopes: ['scope.camera'], components: ['camera', 'voip-room'] },
  蓝牙: { apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'], scopes: ['scope.bluetooth'] },
  '相册（仅写入）权限': {
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    scopes: ['scope.writePhotosAlbum'],
  },
  '通讯录（仅写入）权限': { apis: ['addPhoneContact'], scopes: ['scope.addPhoneContact'] },
  '日历（仅写入）权限': {
    apis: ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
    scopes: ['scope.addPhoneCalendar'],
  },
  加速传感器: { apis: ['startAccelerometer'] },
  磁场传感器: { apis: ['startCompass'] },
  方向传感器: { apis: ['startDeviceMotionListening'] },
  陀螺仪传感器: { apis: ['startGyroscope'] },
  剪切板: { apis: ['setClipboardData', 'getClipboardData'] },
}

/** The group an API belongs to, or null when WeChat does not count it as a privacy API. */
export function groupOfApi(api: string): string | null {
  for (const [group, g] of Object.entries(WECHAT_PRIVACY)) if (g.apis.includes(api)) return group
  return null
}
