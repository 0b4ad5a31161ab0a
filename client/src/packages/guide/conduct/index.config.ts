export default definePageConfig({ navigationBarTitleText: '考生须知' });
