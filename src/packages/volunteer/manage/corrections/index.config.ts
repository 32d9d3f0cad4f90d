export default definePageConfig({ navigationBarTitleText: '时长更正审核' })
