export default definePageConfig({ navigationBarTitleText: '登记我的房屋' })
