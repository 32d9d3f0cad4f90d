export default definePageConfig({ navigationBarTitleText: '夜话会签到码' })
