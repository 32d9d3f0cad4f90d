export default definePageConfig({ navigationBarTitleText: '安排夜话会' })
