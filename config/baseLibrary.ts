/**
 * The oldest WeChat base library (基础库) the app supports. 2.21.2 is where the phone-number button
 * started giving a one-time `code` for `phonenumber.getPhoneNumber` (WeChat's 2021-12-27 notice
 * 小程序用户信息相关接口调整公告: "从基础库2.21.2版本起，回调参数中增加code参数"). Newer calls are
 * guarded at run time (`canIUse('getAppBaseInfo')`, `canIUse('button.open-type.getPhoneNumber')`).
 * It is set in two places, held equal by tests/build/review.test.ts: project.config.json `libVersion`
 * (DevTools simulates the oldest supported library) and, by the operator, the console's
 * 设置 → 基本设置 → 基础库最低版本设置 (README, Deploying).
 */
export const MIN_BASE_LIBRARY = '2.21.2'
