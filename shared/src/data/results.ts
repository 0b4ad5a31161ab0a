/**
 * 三、关于成绩及证书信息查询的相关事项, worded identically in both 2025 notices:
 * “考生完成所有科目评价后，一般20个工作日内可登录本人“随申办”…查询成绩及证书信息。
 * （涉及阅卷及工件检测的项目，一般可在完成所有科目评价后的30个工作日内进行查询。）”
 * A test checks that every notice's `results` block agrees with these numbers.
 */
export const RESULTS_WORKDAYS = 20;
export const RESULTS_WORKDAYS_WITH_MARKING = 30;
