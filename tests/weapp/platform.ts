/**
 * WeChat's own rules that the test host enforces, as WeChat states them (sources beside each list).
 * Kept here, apart from the app's declarations (config/privacy.ts), so a test compares the app's
 * list with the platform's instead of with itself.
 */

/**
 * APIs that fail with "can only be invoked by user TAP gesture." unless called synchronously
 * inside a tap handler (after an `await`, a promise callback or a timer the gesture is gone).
 * - shareFileMessage: developers.weixin.qq.com/community/develop/doc/000ea02cbf4e30a95f5d0721851000
 *   and …/0002662c270b50feba9f7059451400 (a request or downloadFile before it loses the tap).
 * - requestSubscribeMessage: "requestSubscribeMessage:fail can only be invoked by user TAP gesture"
 *   once an async step precedes it (…/community/develop/doc/000cc4548ec1e056960a9121e56000,
 *   …/000aca06a883e81317f95bc0d51800).
 * - openSetting: its API page says that since 2.3.0 it opens only after a user tap; a promise
 *   wrapper loses the tap (community: "关于openSetting通过tap的调用").
 * - getUserProfile: "getUserProfile:fail can only be invoked by user TAP gesture" threads
 *   (…/community/develop/doc/0008c67a9dc1c8fd3fdb889dc56000).
 * - navigateToMiniProgram, requestSubscribeMessage, openSetting, openCustomerServiceChat: WeChat's
 *   点击行为限制 list (written for mini-games: developers.weixin.qq.com/minigame/dev/guide/
 *   base-ability/touch-limit; the same APIs fail the same way in mini-programs per the threads above).
 * Not listed anywhere we found, so not tap-only here: saveImageToPhotosAlbum, chooseMedia,
 * chooseImage, scanCode, makePhoneCall (privacy consent is a separate rule, below).
 * WeChat keeps a tap alive through a showModal *callback* started in the tap; this host is
 * stricter (synchronous only), which is what the app's one-helper rule (issue 12 §3) asks for.
 */
export const TAP_ONLY_APIS: readonly string[] = [
  'shareFileMessage',
  'requestSubscribeMessage',
  'openSetting',
  'getUserProfile',
  'navigateToMiniProgram',
  'openCustomerServiceChat',
]

/**
 * 用户隐私保护指引: since 2023-10-17 these APIs and components work only when the guide declares
 * the information they handle. Source: the table "隐私接口与对应的处理的信息关系" in
 * developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 * (quoted in full by juejin.cn/post/7280787122004377615; the plugin version of the same table is
 * …/dev/framework/user-privacy/plugin-intro.html). Grouped by the guide's information type;
 * `wx.authorize` with a scope counts as the group's API (see PRIVACY_SCOPES).
 */
export const PRIVACY_API_GROUPS: Readonly<Record<string, readonly string[]>> = {
  昵称头像: ['chooseAvatar', 'getUserInfo', 'getUserProfile'],
  位置信息: ['getLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'getFuzzyLocation'],
  选择的位置信息: ['choosePoi', 'chooseLocation'],
  地址: ['chooseAddress'],
  发票信息: ['chooseInvoiceTitle', 'chooseInvoice'],
  微信运动步数: ['getWeRunData'],
  手机号: ['getPhoneNumber', 'getRealtimePhoneNumber'],
  车牌号: ['chooseLicensePlate'],
  选中的照片或视频信息: ['chooseImage', 'chooseMedia', 'chooseVideo'],
  选中的文件: ['chooseMessageFile'],
  麦克风: ['startRecord', 'RecorderManager.start', 'joinVoIPChat'],
  摄像头: ['createVKSession', '<camera>'],
  蓝牙: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
  '相册（仅写入）权限': ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
  '通讯录（仅写入）权限': ['addPhoneContact'],
  '日历（仅写入）权限': ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
  加速传感器: ['startAccelerometer'],
  磁场传感器: ['startCompass'],
  方向传感器: ['startDeviceMotionListening'],
  陀螺仪传感器: ['startGyroscope'],
  剪切板: ['setClipboardData', 'getClipboardData'],
}

/** `wx.authorize({scope})` scopes that stand for a privacy group above. */
export const PRIVACY_SCOPES: Readonly<Record<string, string>> = {
  'scope.userLocation': '位置信息',
  'scope.userLocationBackground': '位置信息',
  'scope.userFuzzyLocation': '位置信息',
  'scope.werun': '微信运动步数',
  'scope.record': '麦克风',
  'scope.camera': '摄像头',
  'scope.bluetooth': '蓝牙',
  'scope.writePhotosAlbum': '相册（仅写入）权限',
  'scope.addPhoneContact': '通讯录（仅写入）权限',
  'scope.addPhoneCalendar': '日历（仅写入）权限',
}

/** The group a privacy API belongs to, or null when WeChat does not count it as a privacy API. */
export function privacyGroupOf(api: string): string | null {
  for (const [group, apis] of Object.entries(PRIVACY_API_GROUPS)) if (apis.includes(api)) return group
  return null
}
