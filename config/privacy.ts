/**
 * The one list of what the mini-program collects and which WeChat privacy APIs it calls
 * (用户隐私保护指引). Since 2023-10-17 a privacy API that the guide in the admin console does not
 * declare is disabled, and 审核 compares the guide with the code: the README's deploy section is
 * written from this file, build tests check the weapp bundle against it, and app.json's
 * `requiredPrivateInfos` / `permission` come from it.
 */

/** A privacy API the app calls, and what the operator writes for it in the guide. */
export interface PrivacyApi {
  /** The API as the weapp bundle calls it (`wx.<name>`), or a button's open-type. */
  api: string
  /** The guide's 信息类型 it belongs to, as the admin console names it. */
  info: string
  /** 用途, in the words the operator pastes into the guide. */
  purpose: string
}

export const PRIVACY_APIS: readonly PrivacyApi[] = [
  {
    api: 'getPhoneNumber',
    info: '手机号',
    purpose: '登记住户时核实身份，便于楼长联系您',
  },
  {
    api: 'saveImageToPhotosAlbum',
    info: '相册（仅写入）权限',
    purpose: '把驿站二维码海报保存到相册，便于打印张贴',
  },
]

/** What the forms collect (the guide's 收集的信息), beside what the APIs above give. */
export const COLLECTED_DATA: readonly { info: string; purpose: string }[] = [
  { info: '姓名', purpose: '登记住户、在职党员报到，供楼长和驿站工作人员核实' },
  { info: '房屋信息（楼栋、单元、房号）', purpose: '确认您是本小区住户，按楼栋提供服务' },
  { info: '党员身份、工作单位、所在党组织', purpose: '在职党员到社区报到和服务记录' },
  { info: '为邻居代办时填写的邻居信息', purpose: '为没有智能手机的邻居登记和办事' },
]
