/**
 * The one list of what the mini-program collects and which WeChat privacy APIs it calls
 * (用户隐私保护指引). Since 2023-10-17 a privacy API that the guide in the admin console does not
 * declare is disabled ("<api>:fail api scope is not declared in the privacy agreement", errno
 * 112), and 审核 compares the guide with the code. From this file come:
 * - the README's deploy section (`npm run privacy:guide -- --write` renders it; a test keeps them equal),
 * - app.json's `requiredPrivateInfos` and `permission` (src/app.config.ts imports `appJsonPrivacy`),
 * - the build test that scans dist/weapp for privacy APIs the list does not name (tests/build/privacy.test.ts).
 *
 * Which APIs count as privacy APIs is WeChat's table "隐私接口与对应的处理的信息关系" on
 * developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html (the build
 * test keeps its own copy, tests/build/wechatPrivacy.ts). Not in that table, so not declared here:
 * `scanCode` (WeChat's own scanner; the table's 摄像头 entry is `<camera>` / createVKSession),
 * `shareFileMessage`, `makePhoneCall`, `getFileSystemManager`.
 */

/** A privacy API the app calls, and what the operator writes for it in the guide. */
export interface PrivacyApi {
  /** The API as the weapp bundle calls it (`wx.<name>`), or a button's open-type. */
  api: string
  /** The guide's 信息类型 it belongs to, as the admin console names it. */
  info: string
  /** 用途, in the words the operator pastes into the guide (WeChat shows it as "为了<用途>"). */
  purpose: string
  /** Where the app calls it, so a reviewer of this list can check it. */
  usedIn: string
}

/** Declared in the guide today: the weapp bundle calls each of these (the build test checks both ways). */
export const PRIVACY_APIS: readonly PrivacyApi[] = [
  {
    api: 'getPhoneNumber',
    info: '手机号',
    purpose: '登记住户时核实身份，便于楼长联系您',
    usedIn: '登记页的手机号按钮（button open-type="getPhoneNumber"）',
  },
  {
    api: 'saveImageToPhotosAlbum',
    info: '相册（仅写入）权限',
    purpose: '把驿站二维码海报保存到相册，便于打印张贴',
    usedIn: '工作台 → 驿站二维码 → 保存到相册',
  },
  {
    api: 'chooseMedia',
    info: '选中的照片或视频信息',
    purpose: '在驿站通知、邻里夜话、微心愿中上传您选择的照片',
    usedIn:
      '通知管理 → 发布通知（通知图片）；邻里夜话 → 提议题（添加照片）；微心愿 → 发布心愿（心愿配图）、标记完成（完成照片）',
  },
  {
    api: 'getLocation',
    info: '位置信息',
    purpose: '志愿活动现场签到时确认您在活动地点附近',
    usedIn: '扫码签到页（只在设了签到范围的活动签到时调用）；发起活动时设置签到范围',
  },
]

/**
 * Coming with the next domains (none waiting now: photos came with notices and 微心愿, location
 * with volunteer check-in). Not declared yet: a domain that starts calling one moves it into
 * PRIVACY_APIS (the build test fails until it does), and the README then tells the operator to
 * add it to the guide.
 */
export const PLANNED_PRIVACY_APIS: readonly PrivacyApi[] = []

/** What the forms collect (the guide's 收集的信息), beside what the APIs above give. */
export const COLLECTED_DATA: readonly { info: string; purpose: string }[] = [
  { info: '姓名', purpose: '登记住户、在职党员报到，供楼长和驿站工作人员核实' },
  { info: '房屋信息（楼栋、单元、房号）与住户关系', purpose: '确认您是本小区住户，按楼栋提供服务' },
  {
    info: '手机号（微信验证或自己填写）',
    purpose: '楼长核实身份和联系您；自己填写的号码由楼长审核时核对',
  },
  { info: '党员身份、工作单位、所在党组织', purpose: '在职党员到社区报到和服务记录' },
  { info: '志愿服务意愿和特长', purpose: '安排志愿服务' },
  { info: '志愿活动的报名、签到签退时间和服务时长', purpose: '记录志愿服务时长、发放积分、开具时长证明' },
  { info: '为邻居代办时填写的邻居信息及其同意方式', purpose: '为没有智能手机的邻居登记和办事' },
  {
    info: '微心愿的联系电话和地址补充',
    purpose: '只给认领心愿的志愿者和驿站工作人员看，方便联系和上门；心愿墙上只显示楼栋',
  },
]

/**
 * The APIs that app.json must also list in `requiredPrivateInfos` (WeChat refuses them at run time
 * otherwise; the 地理位置 ones also need 开发管理 → 接口设置 approval in the console).
 */
const REQUIRED_PRIVATE_INFOS = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
] as const
type RequiredPrivateInfo = (typeof REQUIRED_PRIVATE_INFOS)[number]

/** APIs whose authorization popup shows app.json's `permission['scope.userLocation'].desc`. */
const USER_LOCATION_APIS = ['getLocation', 'startLocationUpdate', 'onLocationChange', 'chooseLocation']

export interface AppJsonPrivacy {
  requiredPrivateInfos?: RequiredPrivateInfo[]
  permission?: { 'scope.userLocation': { desc: string } }
}

/** app.json's privacy fields for the APIs in use; empty while the app uses no location API. */
export function appJsonPrivacy(apis: readonly PrivacyApi[] = PRIVACY_APIS): AppJsonPrivacy {
  const required = apis
    .map((a) => a.api)
    .filter((api): api is RequiredPrivateInfo => (REQUIRED_PRIVATE_INFOS as readonly string[]).includes(api))
  const location = apis.find((a) => USER_LOCATION_APIS.includes(a.api))
  return {
    ...(required.length > 0 ? { requiredPrivateInfos: required } : {}),
    // WeChat shows "你的位置信息将用于<desc>"; the purpose is already written that way.
    ...(location ? { permission: { 'scope.userLocation': { desc: location.purpose } } } : {}),
  }
}

export const GUIDE_START = '<!-- privacy-guide:start (npm run privacy:guide -- --write) -->'
export const GUIDE_END = '<!-- privacy-guide:end -->'

/** The README block telling the operator what to declare: generated, so it cannot drift from the list. */
export function privacyGuideMarkdown(): string {
  const line = (a: PrivacyApi) => `  - **${a.info}** — 用途：${a.purpose}（接口：\`${a.api}\`，${a.usedIn}）`
  return [
    GUIDE_START,
    '',
    '- 用户隐私保护指引 → 用户信息类型，逐项勾选并照抄用途：',
    ...PRIVACY_APIS.map(line),
    '- 同一指引的「收集的信息」说明（表单里填写的）：',
    ...COLLECTED_DATA.map((d) => `  - **${d.info}** — ${d.purpose}`),
    '- 暂不勾选（代码还没有调用，上线相应功能时再加）：',
    ...PLANNED_PRIVACY_APIS.map(line),
    '',
    GUIDE_END,
  ].join('\n')
}
