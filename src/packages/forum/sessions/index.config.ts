export default definePageConfig({ navigationBarTitleText: '夜话会' })
