export default definePageConfig({ navigationBarTitleText: '报考条件自测' });
