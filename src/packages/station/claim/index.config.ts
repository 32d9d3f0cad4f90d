export default definePageConfig({ navigationBarTitleText: '站长认领' })
