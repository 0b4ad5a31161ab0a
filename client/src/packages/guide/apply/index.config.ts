export default definePageConfig({ navigationBarTitleText: '如何报名' });
