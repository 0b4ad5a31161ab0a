/**
 * 上海库帕思科技有限公司关于开展2025年上海市人工智能数据标注等项目社会化职业技能评价有关操作事项的通知
 * (dated 2025年2月26日). Each piece of data sits under the notice's own words.
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
} from './common';

const NOTICE = 'kupasi-2025';
const ADDRESS = '上海市徐汇区龙台路180号模速空间A区2层204-205室';
/** The notice gives the assessment month only; it does not say how the exact date is announced. */
const KUPASI_EXAM_DATE_UNSTATED = '本通知未说明具体考试日期的通知方式，请向评价机构咨询';
const KUPASI_STANDARDS_AT =
  '关注“库帕思”公众号-点击人工智能数据标注（专项职业能力）考核规范、人工智能模型运用（专项职业能力）考核规范-预览或下载对应的文件';
const FEE_STANDARD = '按照2025年上海库帕思科技有限公司职业技能评价收费标准执行。';

function src(section: string, quote: string): Source {
  return { notice: NOTICE, section, quote };
}

function offering(occupationId: string, quote: string): Offering {
  return {
    occupationId,
    track: 'special',
    trackLabel: '专项职业能力',
    // “理论知识 考核费 / 操作技能 考核费（含场地能源费） / 合计”
    subjects: [
      { subject: 'theory', label: '理论知识', amount: 95, feeName: '考核费' },
      { subject: 'practical', label: '操作技能', amount: 385, feeName: '考核费（含场地能源费）' },
    ],
    total: 480,
    source: src('二（四）申报缴费', quote),
  };
}

const notice2025: OrgNotice = {
  id: NOTICE,
  year: 2025,
  title: '上海库帕思科技有限公司关于开展2025年上海市人工智能数据标注等项目社会化职业技能评价有关操作事项的通知',
  publishedOn: '2025-02-26',
  basis: BASIS_2025,
  offerings: [
    offering('ai-data-annotation', '1 人工智能数据标注 专项职业能力 95 385 480'),
    offering('ai-model-application', '2 人工智能模型运用 专项职业能力 95 385 480'),
  ],
  eligibilityNote:
    '年满16周岁且符合人工智能数据标注专项职业能力，人工智能模型运用专项职业能力申报条件的，可申请在本市行政区域内参加相应的职业技能评价。',
  // 一: “以上项目由上海库帕思科技有限公司组织…”, “如遇国家技能人才评价政策变化…具体调整事宜届时另行通知。”
  adjustments: [
    '以上项目由上海库帕思科技有限公司组织职业技能评价工作，并由上海库帕思科技有限公司颁发相应职业技能等级证书。',
    '如遇国家技能人才评价政策变化、职业技能评价目录调整等情况，上海库帕思科技有限公司面向社会开展的职业技能评价项目也将做相应调整。具体调整事宜届时另行通知。',
  ],
  // 七、有关情况说明
  declarations: [
    '参评人员应承诺提供的申报材料和信息真实有效，严格遵守考场纪律及相关规定，一经查实存在违纪违规行为的，将按规定进行认定、处理，具体参照附件2《职业技能评价参评人员须知》。',
    '社评组织及评价职业（工种）等相关内容将根据本市备案及运行情况实行动态调整，如有调整另行通知。',
  ],
  // “年满16周岁且符合…专项职业能力申报条件的”: the notice names those conditions but does not list them.
  eligibilityUnstated: [
    '本通知未列出人工智能数据标注、人工智能模型运用专项职业能力的具体申报条件，请查看“库帕思”公众号发布的考核规范或向评价机构咨询',
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
      steps: [`到${ADDRESS}办理个人报名`],
      address: ADDRESS,
      // The notice lists no materials for individual applications.
      materials: [],
      source: src(
        '二（二）申报方式',
        '个人申报。个人申报参加职业技能评价的，可到上海市徐汇区龙台路180号模速空间A区2层204-205室办理个人报名。',
      ),
    },
  ],
  payment: {
    summary: FEE_STANDARD,
    rules: [],
    standard: FEE_STANDARD,
    source: src('二（四）申报缴费', FEE_STANDARD),
  },
  calendar: {
    year: 2025,
    // 附件1 申报及评价时间计划表: “1月1日-2月15日 3月 … 11月16日-12月31日 2026年1月”.
    rows: calendarRows(2025),
    lastRowWording: '11月16日-12月31日 2026年1月',
    sameDayTheoryAndPractical: null,
    rolloverMinimum: null,
    notes: ['为进一步规范考务计划的规范性及时效性，申报及认定时间具体安排见附件1。', CALENDAR_ADJUSTMENT_NOTE],
    unstated: [
      '本通知未规定理论知识与操作技能是否同一天考试',
      '本通知未规定当月申报人数不足或超出考场承载范围时是否顺延至下月',
      KUPASI_EXAM_DATE_UNSTATED,
    ],
    examDateNote: KUPASI_EXAM_DATE_UNSTATED,
    source: src('附件1 申报及评价时间计划表', '注：申报及评价时间根据国家及本市技能人才评价相关要求动态调整。'),
  },
  tickets: [
    {
      channel: 'group',
      timing: { kind: 'days-before', n: 3 },
      how: '库帕思（评价机构）统一制作考生的电子版准考证，在考试前3天发送给相关报名渠道方：如学校、企业等确认；然后发给考核点备份。',
      source: src(
        '二（五）打印准考证',
        '团体申报：库帕思（评价机构）统一制作考生的电子版准考证，在考试前3天发送给相关报名渠道方：如学校、企业等确认；然后发给考核点备份。',
      ),
    },
    {
      channel: 'individual',
      timing: { kind: 'days-before', n: 3 },
      how: '库帕思（评价机构）统一制作考生的准考证，在考试前3天发给考生本人确认，然后再发给考核点备份的。',
      source: src(
        '二（五）打印准考证',
        '个人申报：库帕思（评价机构）统一制作考生的准考证，在考试前3天发给考生本人确认，然后再发给考核点备份的。',
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
    years: [{ track: 'special', years: 2 }],
    rules: [
      '参评人员参加职业技能评价如部分科目成绩不合格，可按规定申请补考。申请补考有效期为两年，超过成绩有效期须重新申报所有科目认定。',
      ...RETAKE_COMMON_RULES,
    ],
    source: src(
      '四（一）',
      '参评人员参加职业技能评价如部分科目成绩不合格，可按规定申请补考。申请补考有效期为两年，超过成绩有效期须重新申报所有科目认定。',
    ),
  },
  certificates: {
    group: CERTIFICATE_GROUP,
    individual: '个人领取。凡个人报名参加认定的考生，证书由本人至业务受理点领取。',
    source: src('五、关于证书领取的相关事项', '个人领取。凡个人报名参加认定的考生，证书由本人至业务受理点领取。'),
  },
  office: {
    address: ADDRESS,
    hours: OFFICE_HOURS,
    consultation: [{ label: '业务咨询电话', number: '18921123057' }],
    // This notice gives no hours for its phone numbers.
    supervision: [{ label: '上海库帕思科技有限公司监督电话', number: '15002100888' }, { ...CITY_SUPERVISION }],
    source: src(
      '六、关于业务受理的相关事项',
      '（一）业务受理地址：上海市徐汇区龙台路180号模速空间A区2层204-205室（二）业务受理时间：工作日上午9:30-11:00，下午13:30-16:30（三）业务咨询电话：18921123057（四）业务监督电话：上海库帕思科技有限公司监督电话：15002100888 上海市职业技能鉴定中心监督电话：400-820-9278',
    ),
  },
  documents: [
    {
      label: '考核规范',
      where: KUPASI_STANDARDS_AT,
    },
    { label: '上网文件', where: '关注“库帕思”公众号查询相应的内容' },
    {
      label: '考核指导手册',
      where: '关注“库帕思”公众号-点击人工智能数据标注（专项职业能力）、人工智能模型运用（专项职业能力）考核指导手册下载对应的文件',
    },
  ],
  conduct: {
    title: '职业技能评价参评人员须知',
    preamble:
      '为规范技能人才评价违纪违规行为的认定与处理，维护技能人才评价的公平、公正，保障参评人员的合法权益，根据《技能人才评价违纪违规行为处理工作指引（试行）》要求，结合本市实际情况，现将参评人员须知告知如下：',
    sections: CONDUCT_SECTIONS,
    afterwards: CONDUCT_AFTERWARDS,
    source: src('附件2', '职业技能评价参评人员须知'),
  },
};

/** The 2025 notice as a document: in effect from 1月1日, the first day its table covers. */
export const KUPASI_2025: NoticeDocument = {
  orgId: 'kupasi',
  name: '上海库帕思科技有限公司',
  shortName: '库帕思',
  version: 1,
  effectiveFrom: '2025-01-01',
  coversYears: [2025],
  // This notice says nothing of 普通受教育程度 (that sentence is 上海交大's); its own channel for the
  // projects' 考核规范 is where to look (六（五）1.).
  occupations: [
    { id: 'ai-data-annotation', name: '人工智能数据标注', minimumSchooling: { known: false, lookUpAt: KUPASI_STANDARDS_AT } },
    { id: 'ai-model-application', name: '人工智能模型运用', minimumSchooling: { known: false, lookUpAt: KUPASI_STANDARDS_AT } },
  ],
  notice: notice2025,
};
