export default definePageConfig({ navigationBarTitleText: '评价项目' });
