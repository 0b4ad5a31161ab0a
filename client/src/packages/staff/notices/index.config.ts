export default definePageConfig({ navigationBarTitleText: '通知与规则' });
