export default definePageConfig({ navigationBarTitleText: '党员报到统计', enablePullDownRefresh: true })
