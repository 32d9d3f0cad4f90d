export default definePageConfig({ navigationBarTitleText: '驿站资料' })
