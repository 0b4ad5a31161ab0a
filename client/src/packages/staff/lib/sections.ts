import type { StaffRoute } from '@/routes';

/** The console's sections as its home page and navigation list them. */
export const STAFF_SECTIONS: { route: Exclude<StaffRoute, 'home'>; title: string; hint: string }[] = [
  { route: 'sessions', title: '考期安排', hint: '按职业和等级安排每月考期，人数不足或超出容量时顺延' },
  { route: 'imports', title: '导入名单', hint: '考生名单、准考证、成绩，Excel 或 CSV' },
  { route: 'documents', title: '文件', hint: '考核指导手册、考核规范、通知（PDF），保留历史版本' },
  { route: 'notices', title: '通知与规则', hint: '每年的新通知：时间安排、收费、准考证、联系电话，检查后发布' },
  { route: 'announcements', title: '公告', hint: '发布、修改、撤回机构公告' },
  { route: 'exports', title: '导出', hint: '当月准考证名单和成绩，发给培训机构' },
  { route: 'audit', title: '操作记录', hint: '谁在什么时候做了什么，涉及多少行' },
  { route: 'outbox', title: '提醒发送记录', hint: '发给考生的提醒（本地运行时在此核对）' },
  { route: 'checkin', title: '考场签到', hint: '考前下载名单，门口扫码离线核验，出勤与缺考' },
];
