export default definePageConfig({ navigationBarTitleText: '考期安排' });
