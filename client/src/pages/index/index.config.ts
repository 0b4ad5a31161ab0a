export default definePageConfig({
  navigationBarTitleText: '职业技能评价考生助手',
  enableShareAppMessage: true,
});
