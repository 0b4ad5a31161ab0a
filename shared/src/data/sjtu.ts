/**
 * 上海交通大学关于开展2025年上海市人工智能训练师等项目社会化职业技能评价有关操作事项的通知.
 * Each piece of data sits under the notice's own words.
 */
import type { NoticeDocument, Offering, OrgNotice, Source } from '../types';
import {
  BASIS_2025,
  CALENDAR_ADJUSTMENT_NOTE,
  calendarRows,
  CERTIFICATE_GROUP,
  CITY_SUPERVISION,
  CONDUCT_AFTERWARDS,
  CONDUCT_SECTIONS,
  GROUP_QUOTE,
  GROUP_STEPS,
  GROUP_WHO,
  OFFICE_HOURS,
  RESULTS_ALSO_AT,
  RESULTS_QUERY_STEPS,
  RESULTS_QUOTE,
  RETAKE_COMMON_RULES,
  STANDARDS_SITE,
} from './common';

const NOTICE = 'sjtu-2025';
const SITE = 'https://gjzs.sjtu.edu.cn/skill';
const ADDRESS = '上海市长宁区法华镇路535号主楼216室';

function src(section: string, quote: string): Source {
  return { notice: NOTICE, section, quote };
}

const FEE_SECTION = '二（四）2. 考务费收费标准';

function offering(
  occupationId: string,
  track: 4 | 3,
  trackLabel: string,
  theory: number,
  practical: number,
  total: number,
  quote: string,
): Offering {
  return {
    occupationId,
    track,
    trackLabel,
    subjects: [
      { subject: 'theory', label: '理论知识', amount: theory, feeName: '考试费' },
      { subject: 'practical', label: '操作技能', amount: practical, feeName: '考试费' },
    ],
    total,
    source: src(FEE_SECTION, quote),
  };
}

const notice2025: OrgNotice = {
  id: NOTICE,
  year: 2025,
  title: '上海交通大学关于开展2025年上海市人工智能训练师等项目社会化职业技能评价有关操作事项的通知',
  basis: BASIS_2025,
  // “序号 职业(工种) 等级 理论知识 考试费 / 操作技能 考试费 / 综合评审 考试费 / 合计”; 综合评审 is “/” in every row.
  offerings: [
    offering('4-04-05-05', 4, '中级（四级）', 100, 300, 400, '1 人工智能训练师 中级（四级） 100 300 / 400'),
    offering('4-04-05-05', 3, '高级（三级）', 100, 400, 500, '2 人工智能训练师 高级（三级） 100 400 / 500'),
    offering('4-04-04-02', 4, '中级（四级）', 100, 400, 500, '3 网络与信息安全管理员（信息安全管理员） 中级（四级） 100 400 / 500'),
    offering('4-04-04-02', 3, '高级（三级）', 100, 450, 550, '4 网络与信息安全管理员（信息安全管理员） 高级（三级） 100 450 / 550'),
  ],
  eligibilityNote:
    '年满16周岁且符合人工智能训练师、网络与信息安全管理员（信息安全管理员）申报条件的，可申请在本市行政区域内参加相应的职业技能评价。申请参加本职业技能评价应具备的最低学历要求按现行国家职业技能标准中“普通受教育程度”执行，申报条件按《国家职业标准编制技术规程（2023年版）》中“申请参加职业技能评价的条件”相关要求执行（详见附件1）',
  // 一: “以上项目由上海交通大学组织…”, “如遇国家技能人才评价政策变化…具体调整事宜届时另行通知。”
  adjustments: [
    '以上项目由上海交通大学组织职业技能评价工作，并由上海交通大学颁发相应职业技能等级证书。',
    '如遇国家技能人才评价政策变化、职业技能评价目录调整等情况，上海交通大学面向社会开展的职业技能评价项目也将做相应调整。具体调整事宜届时另行通知。',
  ],
  // 七、有关情况说明
  declarations: [
    '考生应承诺提供的申报材料和信息真实有效，严格遵守考场纪律及相关规定，一经查实存在违纪违规行为的，将按规定进行认定、处理，具体参照附件2《职业技能等级认定考生须知》。',
    '社评组织及评价职业（工种）等相关内容将根据本市备案及运行情况实行动态调整，如有调整另行通知。',
  ],
  application: [
    {
      channel: 'group',
      label: '团体申报',
      who: GROUP_WHO,
      steps: GROUP_STEPS,
      materials: [],
      source: src('二（二）申报方式', GROUP_QUOTE),
    },
    {
      channel: 'individual',
      label: '个人申报',
      who: '个人',
      steps: [`到${ADDRESS}办理个人报名`, '现场审核通过后，缴纳考务费等其他手续办理个人申报'],
      address: ADDRESS,
      materials: ['《职业技能等级认定考生须知》（见附件2）', '个人2寸证件照1张', '相关佐证材料'],
      source: src(
        '二（二）申报方式',
        '个人申报。个人申报参加职业技能评价的，可到上海市长宁区法华镇路535号主楼216室办理个人报名。个人报名所需提供材料：《职业技能等级认定考生须知》（见附件2）、个人2寸证件照1张及相关佐证材料。现场审核通过后，缴纳考务费等其他手续办理个人申报。',
      ),
    },
  ],
  payment: {
    summary: '申报人员经资格审核通过后，应在规定时间内缴纳等级认定考试费',
    rules: ['缴费完成时间以上海交通大学财务到账时间为准。', '银行转账汇款请务必留言备注以便查询'],
    account: {
      payee: '上海交通大学',
      creditCode: '1210000042500615X0',
      accountNumber: '439059226890',
      bank: '中国银行上海市上海交通大学支行',
      bankAddress: '上海市华山路1954号',
      remark: '姓名+等级认定考试',
      remarkNote: '银行转账汇款请务必留言备注以便查询',
    },
    source: src(
      '二（四）申报缴费',
      '缴费说明：申报人员经资格审核通过后，应在规定时间内缴纳等级认定考试费，缴费完成时间以上海交通大学财务到账时间为准。账号信息如下：纳税人名称/户名：上海交通大学 统一社会信用代码：1210000042500615X0 银行账号：439059226890 开户银行：中国银行上海市上海交通大学支行 地址：上海市华山路1954号 ※银行转账附言/用途：姓名+等级认定考试（银行转账汇款请务必留言备注以便查询）。',
    ),
  },
  calendar: {
    year: 2025,
    // “1月1日-2月15日 3月 … 10月16日-11月15日 12月”, and the last row, printed near the end of
    // the notice's PDF text: “11月16日-12月31日 明年1月”.
    rows: calendarRows(2025),
    lastRowWording: '11月16日-12月31日 明年1月',
    // “4. …具体认定时间由上海交通大学统一安排并另行通知。”
    examDateNote: '具体认定时间由上海交通大学统一安排并另行通知',
    sameDayTheoryAndPractical: true,
    rolloverMinimum: 30,
    notes: [
      '申报职业技能等级认定的考生须在评价认定月份所对应的受理认定申报日期及缴费日期内办理申报手续，同时接受认定申报资格审核，具体时间详见下表（如有调整，另行通知）',
      CALENDAR_ADJUSTMENT_NOTE,
      '理论知识与操作技能同一天考试。',
      '若当月申请评价认定申报人数不足30人或超出考场承载范围，则顺延至下月评价认定。',
      '根据考试申报人数，每月评价认定场次可适时调整，具体认定时间由上海交通大学统一安排并另行通知。',
    ],
    source: src(
      '二（三）时间安排',
      '2. 理论知识与操作技能同一天考试。3. 若当月申请评价认定申报人数不足30人或超出考场承载范围，则顺延至下月评价认定。4. 根据考试申报人数，每月评价认定场次可适时调整，具体认定时间由上海交通大学统一安排并另行通知。',
    ),
  },
  tickets: [
    {
      channel: 'group',
      timing: { kind: 'workdays-before', n: 5 },
      how: `通过申报资格审核并完成“等级认定考务费”缴费手续的由所在培训机构、职业院校于考试前五个工作日通过网站 ${SITE} 下载考生准考证，打印准考证发放至考生。`,
      url: SITE,
      source: src(
        '二（五）打印准考证',
        '1. 团体申报，通过申报资格审核并完成“等级认定考务费”缴费手续的由所在培训机构、职业院校于考试前五个工作日通过网站 https://gjzs.sjtu.edu.cn/skill 下载考生准考证，打印准考证发放至考生。',
      ),
    },
    {
      channel: 'individual',
      timing: { kind: 'days-before', n: 7 },
      how: `通过资质审核和缴费后，于考前一周通过 ${SITE} 下载准考证，自行打印准考证。`,
      url: SITE,
      source: src(
        '二（五）打印准考证',
        '2. 个人申报，通过资质审核和缴费后，于考前一周通过 https://gjzs.sjtu.edu.cn/skill 下载准考证，自行打印准考证。',
      ),
    },
  ],
  results: {
    workdays: 20,
    workdaysWithMarking: 30,
    querySteps: RESULTS_QUERY_STEPS,
    alsoAt: RESULTS_ALSO_AT,
    source: src('三、关于成绩及证书信息查询的相关事项', RESULTS_QUOTE),
  },
  retake: {
    years: [
      { track: 4, years: 2 },
      { track: 3, years: 2 },
      { track: 2, years: 3 },
      { track: 1, years: 3 },
    ],
    rules: [
      '参评人员参加职业技能评价如部分科目成绩不合格，可按规定申请补考。四级、三级成绩有效期均为两年，二级、一级补考有效期为三年，超过成绩有效期须重新申报所有科目认定。',
      ...RETAKE_COMMON_RULES,
    ],
    source: src(
      '四（一）',
      '参评人员参加职业技能评价如部分科目成绩不合格，可按规定申请补考。四级、三级成绩有效期均为两年，二级、一级补考有效期为三年，超过成绩有效期须重新申报所有科目认定。',
    ),
  },
  certificates: {
    group: CERTIFICATE_GROUP,
    individual: '个人领取。个人报名参加认定的考生，证书由本人至业务受理点领取。',
    lostReplacement: '证书遗失补办。根据本机构证书遗失补办流程，考生本人持身份证至本机构业务窗口办理遗失补办手续。',
    source: src('五、关于证书领取的相关事项', '（三）证书遗失补办。根据本机构证书遗失补办流程，考生本人持身份证至本机构业务窗口办理遗失补办手续。'),
  },
  office: {
    address: ADDRESS,
    hours: OFFICE_HOURS,
    consultation: [{ label: '业务咨询电话', number: '021-62933821' }],
    // “021-34206252; 021-62932810 (工作日上午 9:30-11:00, 下午 13:30-16:30)”: the hours close the line
    // that lists both numbers, so both carry them.
    supervision: [
      { label: '上海交通大学业务监督电话', number: '021-34206252', hours: OFFICE_HOURS },
      { label: '上海交通大学业务监督电话', number: '021-62932810', hours: OFFICE_HOURS },
      { ...CITY_SUPERVISION, hours: OFFICE_HOURS },
    ],
    source: src(
      '六、关于业务受理的相关事项',
      '（一）业务受理地址：上海市长宁区法华镇路535号主楼216室（二）业务受理时间：工作日上午9:30-11:00，下午13:30-16:30（三）业务咨询电话：021-62933821（四）业务监督电话：上海交通大学业务监督电话：021-34206252；021-62932810（工作日上午9:30-11:00，下午13:30-16:30）上海市职业技能鉴定中心监督电话：400-820-9278（工作日上午9:30-11:00，下午13:30-16:30）',
    ),
  },
  // “（五）业务查询网址（微信公众号）1. 国家职业技能标准查询网址 2. 上网文件查询网址 3. 考核指导手册查询网址”
  documents: [
    { label: '国家职业技能标准', where: STANDARDS_SITE, url: STANDARDS_SITE },
    { label: '上网文件', where: SITE, url: SITE },
    { label: '考核指导手册', where: SITE, url: SITE },
  ],
  conduct: {
    title: '职业技能等级认定考生须知',
    preamble:
      '为规范技能人才评价违纪违规行为的认定与处理，维护技能人才评价的公平、公正，保障参评人员的合法权益，根据《技能人才评价违纪违规行为处理工作指引（试行）》要求，结合本市实际情况，现将参加职业技能等级认定考生（以下简称参评人员）须知告知如下：',
    sections: CONDUCT_SECTIONS,
    afterwards: CONDUCT_AFTERWARDS,
    source: src('附件2', '职业技能等级认定考生须知'),
  },
};

/** The 2025 notice as a document: in effect from 1月1日, the first day its table covers. */
export const SJTU_2025: NoticeDocument = {
  orgId: 'sjtu',
  name: '上海交通大学',
  shortName: '上海交大',
  version: 1,
  effectiveFrom: '2025-01-01',
  coversYears: [2025],
  occupations: [
    {
      id: '4-04-05-05',
      code: '4-04-05-05',
      name: '人工智能训练师',
      // Not in the notice: the notice defers to the national standard's 普通受教育程度, and the
      // 2021 standard for 人工智能训练师 says 初中毕业（或相当文化程度）.
      minimumSchooling: {
        known: true,
        text: '初中毕业（或相当文化程度）',
        standard: '《人工智能训练师国家职业技能标准（2021年版）》',
      },
    },
    {
      id: '4-04-04-02',
      code: '4-04-04-02',
      name: '网络与信息安全管理员（信息安全管理员）',
      minimumSchooling: { known: false, lookUpAt: STANDARDS_SITE },
    },
  ],
  notice: notice2025,
};
