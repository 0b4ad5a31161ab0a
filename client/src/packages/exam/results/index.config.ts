export default definePageConfig({ navigationBarTitleText: '成绩与证书' });
