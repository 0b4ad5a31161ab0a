export default definePageConfig({ navigationBarTitleText: '手册与文件', enableShareAppMessage: true });
