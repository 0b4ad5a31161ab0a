/**
 * Wording both 2025 notices share word for word (sections 三 and 四, and 附件2's sections),
 * kept once so the two organisations cannot drift apart by a typo. Each organisation's
 * module still cites its own notice.
 */
import type { ConductSection, IsoDate } from '../types';

/** The calendar table both notices print for 2025 (sjtu 二（三）, kupasi 附件1), as month-day pairs. */
export const TABLE_2025: readonly { opens: string; closes: string; month: string }[] = [
  { opens: '01-01', closes: '02-15', month: '03' },
  { opens: '02-16', closes: '03-15', month: '04' },
  { opens: '03-16', closes: '04-15', month: '05' },
  { opens: '04-16', closes: '05-15', month: '06' },
  { opens: '05-16', closes: '06-15', month: '07' },
  { opens: '06-16', closes: '07-15', month: '08' },
  { opens: '07-16', closes: '08-15', month: '09' },
  { opens: '08-16', closes: '09-15', month: '10' },
  { opens: '09-16', closes: '10-15', month: '11' },
  { opens: '10-16', closes: '11-15', month: '12' },
  // sjtu: “11月16日-12月31日 明年1月”; kupasi: “11月16日-12月31日 2026年1月”.
  { opens: '11-16', closes: '12-31', month: 'next-01' },
];

/** Expands the month-day table for one year. */
export function calendarRows(year: number): { opens: IsoDate; closes: IsoDate; assessmentMonth: string }[] {
  return TABLE_2025.map((row) => ({
    opens: `${year}-${row.opens}`,
    closes: `${year}-${row.closes}`,
    assessmentMonth: row.month === 'next-01' ? `${year + 1}-01` : `${year}-${row.month}`,
  }));
}

/** 三、关于成绩及证书信息查询的相关事项 (identical in both notices). */
export const RESULTS_QUOTE =
  '考生完成所有科目评价后，一般20个工作日内可登录本人“随申办”客户端或小程序账号，通过路径“人力资源和社会保障局-劳动就业-职业技能证书查询”或直接搜索“职业技能证书查询”功能查询成绩及证书信息。（涉及阅卷及工件检测的项目，一般可在完成所有科目评价后的30个工作日内进行查询。）证书信息也可通过“技能人才评价工作网”（www.osta.org.cn）查询。';

export const RESULTS_QUERY_STEPS = [
  '登录本人“随申办”客户端或小程序账号',
  '通过路径“人力资源和社会保障局-劳动就业-职业技能证书查询”或直接搜索“职业技能证书查询”功能',
  '查询成绩及证书信息',
];

export const RESULTS_ALSO_AT = { name: '技能人才评价工作网', url: 'http://www.osta.org.cn' };

/** 四（二）-（四), identical in both notices; （一） differs and is quoted per organisation. */
export const RETAKE_COMMON_RULES = [
  '如参评人员在成绩有效期内重新进行了同职业（工种）同等级的新职业技能等级申报，则视为放弃补考机会，之前的合格科目成绩不再保留。',
  '补考有效期内考核模式如发生变化，应按公布的补考方案进行申报。',
  '参加本市职业技能竞赛成绩不合格者，不能进行补考。',
];

export const CERTIFICATE_GROUP =
  '团体领取。凡通过本市社会培训机构或职业院校报名参加认定的考生，证书由相应社会培训机构或职业院校统一领取。';

export const OFFICE_HOURS = '工作日上午9:30-11:00，下午13:30-16:30';

export const CITY_SUPERVISION = { label: '上海市职业技能鉴定中心监督电话', number: '400-820-9278' };

export const STANDARDS_SITE = 'http://biaozhun.osta.org.cn/';

export const BASIS_2025 = [
  '《上海市人力资源和社会保障局关于 2025 年上海市社会化职业技能评价有关事项的通知》（沪人社职〔2024〕458 号）',
  '《关于印发〈上海市 2025 年社会化职业技能评价工作指引〉的通知》（沪职鉴中心〔2025〕2 号）',
];

export const GROUP_WHO = '本市社会培训机构学员、院校在校学生';
export const GROUP_STEPS = [
  '经所在社会培训机构、院校进行资格初审',
  '通过上海市人力资源和社会保障自助经办系统办理团体申报',
];
export const GROUP_QUOTE =
  '团体申报。本市社会培训机构学员、院校在校学生报名参加职业技能评价的，经所在社会培训机构、院校进行资格初审后，通过上海市人力资源和社会保障自助经办系统办理团体申报。';

export const CALENDAR_ADJUSTMENT_NOTE = '注：申报及评价时间根据国家及本市技能人才评价相关要求动态调整。';

/** 附件2, sections 一 to 四 (identical in both notices). */
export const CONDUCT_SECTIONS: ConductSection[] = [
  {
    id: '一',
    lead: '参评人员申报职业技能评价时须了解申报要求，并承诺提供的申报材料均真实、有效，经系统生成的报名表应由参评人员确认所填信息无误并签字后，提交原件至评价机构。',
    penalty: '一经查实存在不符合申报条件或申报材料虚假伪造的，将取消其考试资格及考试成绩，虚假材料及考核评价费不予退还，已获得的证书作无效处理。',
    // Printed as one paragraph (lead, then penalty), without numbered items.
    items: [],
  },
  {
    id: '二',
    penalty: '参评人员有下列行为之一的，取消当次该科目成绩。',
    items: [
      '携带禁携物品（包括与评价内容相关的书籍、资料、电子产品、通讯设备以及规定以外的工具等）进入座位（或考位）或未将禁携物品放在指定位置，经提醒拒不改正的；',
      '未在规定的座位（或考位）参加评价，或未经工作人员允许擅自离开座位（或考位），经提醒拒不改正的；',
      '在考场（或考区）禁止的范围内，喧哗、吸烟或实施其他影响考场秩序的行为，经提醒拒不改正的；',
      '其他违反考场规则但尚未构成作弊的行为。',
    ],
  },
  {
    id: '三',
    penalty: '参评人员有下列行为之一的，取消当次全部科目成绩，且当年不得参加评价。',
    items: [
      '在评价过程中使用规定以外的带拍照、存储、传输或通讯功能的电子设备（如相机、手机、耳机、U 盘、手提电脑、智能手表、智能手环等）或其他电子用品的；',
      '抄袭或协助他人抄袭试题答案或与评价内容相关资料等的；',
      '故意损毁试卷、工件或考试材料的；',
      '擅自将试题、答卷或者有关内容带出考场的；',
      '存在其他作弊但对其他应试人员未造成严重干扰的行为。',
    ],
  },
  {
    id: '四',
    penalty:
      '参评人员有下列行为之一的，取消当次全部科目成绩。情节轻微的，2年内不得参加评价；情节严重的，5年内不得参加评价，并依据有关法律法规移送有关部门。',
    items: [
      '通过虚假承诺、提供虚假材料以及其他非正当手段取得参加评价资格的；',
      '评价前以非正当手段获得试题或答案或进行传播的；',
      '抢夺、窃取他人试卷或胁迫他人配合作弊、偷换工量器具或工件等的；',
      '由他人冒名顶替参加评价或替他人参加评价的；',
      '串通作弊或参与有组织作弊的；',
      '故意损毁评价设备（含视频监控系统）、材料，造成设备事故、人身伤害或设备主要零部件损坏的；',
      '其他影响恶劣或严重扰乱评价管理秩序的行为。',
    ],
  },
];

export const CONDUCT_AFTERWARDS =
  '评价活动结束后，发现参评人员违纪违规行为并经确认的，依照以上规定处理，对其中已颁发证书的，由评价机构或评价机构监管部门宣布评价成绩无效，并对已发放证书、已上网证书数据及时作出相应处理。';
