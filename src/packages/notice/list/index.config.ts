export default definePageConfig({
  navigationBarTitleText: '驿站通知',
  enablePullDownRefresh: true,
})
