export default definePageConfig({ navigationBarTitleText: '驿站', enablePullDownRefresh: true })
