export default definePageConfig({ navigationBarTitleText: '邻里夜话', enablePullDownRefresh: true })
