export default definePageConfig({ navigationBarTitleText: '邻里驿站' })
