/**
 * The built mini program (dist/weapp) in a WeChat-like runtime (scripts/wechat/runtime.ts):
 * logic layer in a vm context with only what WeChat's logic layer has, view layer from
 * WeChat's compiled templates in WeChat's component framework, cloud functions on the
 * local runner. Every page renders; the candidate's and the staff member's main flows run
 * through taps and input; each page's largest setData and node count are held to
 * WeChat's performance audit.
 */
import { addStaff, ensureWeappBuild, startServer, TEST_DEPLOYMENT, type RunningServer } from './harness';
import { NODE_LIMIT, SETDATA_LIMIT_BYTES, WeChatRuntime } from '../scripts/wechat/runtime';
import { WEAPP_DIR } from '../scripts/weapp';
import { ROUTES, STAFF_ROUTES } from '../src/routes';

// Demo candidates the local runner seeds (cloudfunctions/src/demo/candidates.ts).
const RELEASED = { name: '李演示', idNumber: '310101199503151237' };
const WITH_RESULTS = { name: '张演示', idNumber: '31011219920108789X' };

/** Each page and Chinese text it must show (its title, from its own config). */
const CANDIDATE_PAGES: [string, string][] = [
  [ROUTES.home, '最新公告'],
  [ROUTES.projects, '评价项目'],
  [ROUTES.apply, '如何报名'],
  [ROUTES.conduct, '考生须知'],
  [ROUTES.contact, '联系我们'],
  [ROUTES.documents, '手册与文件'],
  [ROUTES.eligibility, '想考哪个职业'],
  [ROUTES.timeline, '我的时间表'],
  [ROUTES.ticket, '准考证'],
  [ROUTES.results, '成绩与证书'],
];
const STAFF_PAGES: [string, string][] = [
  [STAFF_ROUTES.home, '机构工作台'],
  [STAFF_ROUTES.sessions, '考期'],
  [STAFF_ROUTES.imports, '导入名单'],
  [STAFF_ROUTES.documents, '已发布的文件'],
  [STAFF_ROUTES.announcements, '本机构公告'],
  [STAFF_ROUTES.exports, '导出'],
  [STAFF_ROUTES.audit, '操作记录'],
  [STAFF_ROUTES.outbox, '提醒'],
];

let server: RunningServer;
let phone: WeChatRuntime;

beforeAll(async () => {
  ensureWeappBuild();
  server = await startServer({ today: '2026-06-10' });
  phone = new WeChatRuntime({ dir: WEAPP_DIR, server: server.url });
  phone.launch();
}, 300_000);

afterAll(async () => {
  await server?.stop();
  if (phone) {
    console.log(
      ['[weapp] 每页最大 setData / 节点数（上限 256 KB / 1000）', ...phone.auditReport().map((a) => `${a.route}: ${(a.largestSetData / 1024).toFixed(1)} KB / ${a.nodes} 节点（${a.setDataCalls} 次 setData）`)].join('\n'),
    );
    console.log(`[weapp] 调用过的 wx 接口：${[...new Set(phone.calls.map((call) => call.api))].sort().join(', ')}`);
  }
});

function expectNoErrors(): void {
  expect(phone.errors).toEqual([]);
  expect(phone.failures).toEqual([]);
}

describe('the WeChat build in a WeChat-like runtime', () => {
  it('runs the logic layer with WeChat’s globals and none of the browser’s', () => {
    const typeOf = (names: string[]) => Object.fromEntries(names.map((name) => [name, phone.logicTypeOf(name)]));
    expect(typeOf(['wx', 'App', 'Page', 'Component', 'getApp', 'getCurrentPages', 'require', 'setTimeout'])).toEqual({
      wx: 'object',
      App: 'function',
      Page: 'function',
      Component: 'function',
      getApp: 'function',
      getCurrentPages: 'function',
      require: 'function',
      setTimeout: 'function',
    });
    const browserOnly = ['window', 'document', 'localStorage', 'fetch', 'atob', 'Blob', 'XMLHttpRequest'];
    expect(typeOf(browserOnly)).toEqual(Object.fromEntries(browserOnly.map((name) => [name, 'undefined'])));
  });

  it('connects to the deployment’s CloudBase environment', async () => {
    await phone.open(ROUTES.home);
    expect(phone.callsOf('cloud.init').map((call) => (call.args as { env?: string }[])[0]?.env)).toEqual([TEST_DEPLOYMENT.TCB_ENV]);
    expectNoErrors();
  });

  it.each(CANDIDATE_PAGES)('candidate page %s renders %s', async (route, text) => {
    await phone.open(route);
    expect(phone.text()).toContain(text);
    expect(phone.text()).not.toMatch(/网络未连接|服务暂时出现问题/);
    expectNoErrors();
  });

  it('switching organisation shows the other organisation', async () => {
    await phone.open(ROUTES.home);
    expect(phone.text()).toContain('上海交通大学');
    await phone.tap('库帕思');
    expect(phone.text()).toContain('上海库帕思');
    expect(phone.callsOf('setStorageSync').some((call) => JSON.stringify(call.args).includes('kupasi'))).toBe(true);
    await phone.tap('上海交大');
    expectNoErrors();
  });

  it('binds a ticket and shows it', async () => {
    await phone.open(`${ROUTES.ticket}?org=sjtu`);
    await phone.input(0, RELEASED.name);
    await phone.input(1, RELEASED.idNumber);
    await phone.tap(/绑定并查看/);
    expect(phone.text()).toContain('准考证号');
    expect(phone.text()).toContain(RELEASED.name);
    expectNoErrors();
  });

  it('shows results for a candidate with results (a second phone, its own identity)', async () => {
    const other = new WeChatRuntime({ dir: WEAPP_DIR, server: server.url });
    other.launch();
    await other.open(`${ROUTES.results}?org=sjtu`);
    await other.input(0, WITH_RESULTS.name);
    await other.input(1, WITH_RESULTS.idNumber);
    await other.tap(/绑定并查看/);
    // The demo candidate failed the practical subject (cloudfunctions/src/demo/candidates.ts).
    expect(other.text()).toContain('不合格');
    expect(other.errors).toEqual([]);
    expect(other.failures).toEqual([]);
  });

  it('opens a document through the storage file id', async () => {
    await phone.open(`${ROUTES.documents}?org=sjtu`);
    await phone.tap('打开');
    expectNoErrors();
    const downloads = phone.callsOf('cloud.downloadFile');
    expect(downloads).toHaveLength(1);
    expect(phone.callsOf('downloadFile')).toHaveLength(0);
    expect(phone.callsOf('openDocument')).toHaveLength(1);
    expectNoErrors();
  });

  it('adds a date to the phone calendar and subscribes to reminders, at most 3 templates per request', async () => {
    await phone.open(`${ROUTES.timeline}?org=sjtu`);
    await phone.tap('加入手机日历');
    expectNoErrors();
    const calendar = phone.callsOf('addPhoneCalendar');
    expect(calendar).toHaveLength(1);
    expect(calendar[0].args).toEqual(expect.objectContaining({ allDay: true, title: expect.any(String) }));

    await phone.tap('订阅提醒：申报开始');
    await phone.tap('订阅提醒：成绩发布');
    const requests = phone.callsOf('requestSubscribeMessage').map((call) => (call.args as { tmplIds: string[] }).tmplIds);
    expect(requests.every((ids) => ids.length >= 1 && ids.length <= 3)).toBe(true);
    const configured = Object.entries(TEST_DEPLOYMENT).filter(([name]) => name.startsWith('TEMPLATE_')).map(([, id]) => id);
    expect(requests.flat().sort()).toEqual([...configured].sort());
    expect(phone.text()).toContain('各提醒一次');
    expectNoErrors();
  });

  it('checks eligibility', async () => {
    await phone.open(`${ROUTES.eligibility}?org=sjtu`);
    expect(phone.text()).toContain('第 1 步');
    await phone.tap('下一步');
    expect(phone.text()).toContain('第 2 步');
    expectNoErrors();
  });

  it('the staff console: refused, then open after the operator adds this phone; every page renders; an import through chooseMessageFile', async () => {
    await phone.open(STAFF_ROUTES.home);
    expect(phone.text()).toContain('仅限评价机构工作人员');
    const identity = phone.identityShown();
    expect(identity).not.toBe('');
    addStaff(server, 'sjtu', identity);
    // The same launch: opening the console again asks again.
    await phone.open(`${STAFF_ROUTES.home}?org=sjtu`);
    expect(phone.text()).toContain('上海交通大学 · 机构工作台');
    for (const [route, text] of STAFF_PAGES) {
      await phone.open(`${route}?org=sjtu`);
      expect(phone.text()).toContain(text);
    }
    await phone.open(`${STAFF_ROUTES.imports}?org=sjtu`);
    await phone.tap('考生名单');
    phone.chooseFiles = [
      { name: '考生名单.csv', bytes: Buffer.from('姓名,身份证号,职业（工种）,等级,申报方式,报名渠道\n王新,310104198502035677,人工智能训练师,四级,个人,\n', 'utf8') },
    ];
    await phone.tap('从微信聊天中选择文件');
    expect(phone.callsOf('chooseMessageFile')).toHaveLength(1);
    expect(phone.text()).toContain('确认导入 1 行');
    await phone.tap('确认导入 1 行');
    expect(phone.text()).toContain('新增 1');
    expectNoErrors();
  });

  it('every page stays within WeChat’s performance audit (setData ≤ 256 KB, ≤ 1000 nodes)', () => {
    const audits = phone.auditReport();
    expect(audits.length).toBe(CANDIDATE_PAGES.length + STAFF_PAGES.length);
    expect(audits.filter((audit) => audit.largestSetData > SETDATA_LIMIT_BYTES || audit.nodes > NODE_LIMIT)).toEqual([]);
    expect(audits.every((audit) => audit.nodes > 0)).toBe(true);
  });
});
