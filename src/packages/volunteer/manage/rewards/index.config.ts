export default definePageConfig({ navigationBarTitleText: '优惠包管理' })
