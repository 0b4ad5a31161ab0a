import { render, screen } from '@testing-library/react';
import { EligibilityForm } from './EligibilityForm';
import { stubApi, tap, type } from '@test/helpers';
import { navigations } from '@test/taroShim';

const TODAY = '2026-06-10';

describe('EligibilityForm (人工智能训练师, 上海交通大学)', () => {
  test('work alone: the date time will make each level possible', async () => {
    render(<EligibilityForm orgId='sjtu' occupationId='4-04-05-05' today={TODAY} />);
    expect(screen.getByText('第 1 步，共 7 步')).toBeInTheDocument();
    tap('下一步');
    await type('出生日期', '1990-05-01');
    tap('下一步');
    tap('＋ 添加一段工作经历');
    await type('开始日期', '2021-09-01');
    tap('下一步');
    tap('下一步');
    tap('下一步');
    tap('查看结果');
    expect(await screen.findByText('你将于 2026年9月1日 满足条件')).toBeInTheDocument();
    expect(screen.getByText('你将于 2031年9月1日 满足条件')).toBeInTheDocument();
    expect(screen.getAllByText('暂不符合')).toHaveLength(2);
  });

  test('a related diploma: 四级 now, with clause 4-3 quoted in full', async () => {
    render(<EligibilityForm orgId='sjtu' occupationId='4-04-05-05' today={TODAY} />);
    tap('下一步');
    await type('出生日期', '2000.1.2');
    for (let i = 0; i < 4; i += 1) tap('下一步');
    tap('＋ 添加学历');
    tap('查看结果');
    expect(await screen.findByText('可以报考')).toBeInTheDocument();
    expect(
      screen.getByText(
        '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）。',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('—— 附件1 · 四级/中级工 第（3）条')).toBeInTheDocument();
    expect(screen.getByText('可以报考的等级，按申报时间办理申报和缴费即可。')).toBeInTheDocument();
    expect(screen.getByText('看申报和考试时间')).toBeInTheDocument();
    tap('如何报名');
    expect(navigations[navigations.length - 1]).toBe('/packages/guide/apply/index?org=sjtu');
    tap('看申报和考试时间');
    expect(navigations[navigations.length - 1]).toBe('/packages/check/timeline/index?org=sjtu');
  });

  test.each([
    ['', '请填写出生日期'],
    ['1990-02-30', '出生日期格式不对，请按 2015-09-01 这样填写'],
    ['2027-01-01', '出生日期不能晚于今天'],
  ])('birth date %j is refused: %s', async (typed, message) => {
    render(<EligibilityForm orgId='sjtu' occupationId='4-04-05-05' today={TODAY} />);
    tap('下一步');
    if (typed) await type('出生日期', typed);
    tap('下一步');
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('第 2 步，共 7 步')).toBeInTheDocument();
  });

  test('a work start and a certificate typed as a year and month alone (2022-06, 2023年1月) are taken, from the 1st', async () => {
    render(<EligibilityForm orgId='sjtu' occupationId='4-04-05-05' today={TODAY} />);
    tap('下一步');
    await type('出生日期', '1990-05-01');
    tap('下一步');
    tap('＋ 添加一段工作经历');
    await type('开始日期', '2023年1月');
    tap('下一步');
    tap('＋ 添加一本证书');
    tap('四级/中级工');
    await type('取证日期', '2022-06');
    tap('下一步');
    tap('下一步');
    tap('查看结果');
    expect(await screen.findByText('你将于 2027年1月1日 满足条件')).toBeInTheDocument();
  });

  test('a work start that is neither a date nor a month says both forms it takes', async () => {
    render(<EligibilityForm orgId='sjtu' occupationId='4-04-05-05' today={TODAY} />);
    tap('下一步');
    await type('出生日期', '1990-05-01');
    tap('下一步');
    tap('＋ 添加一段工作经历');
    await type('开始日期', '2023');
    tap('下一步');
    expect(await screen.findByText('开始日期格式不对，请按 2015-09-01 这样填写（只记得年月可填 2015-09）')).toBeInTheDocument();
    expect(screen.getByText('第 3 步，共 7 步')).toBeInTheDocument();
  });

  test('a work period that ends before it starts is refused', async () => {
    render(<EligibilityForm orgId='sjtu' occupationId='4-04-05-05' today={TODAY} />);
    tap('下一步');
    await type('出生日期', '1990-05-01');
    tap('下一步');
    tap('＋ 添加一段工作经历');
    await type('开始日期', '2020-01-01');
    tap('已结束');
    await type('结束日期', '2019-01-01');
    tap('下一步');
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeInTheDocument();
  });

  test('身份证号: the birth date is read on the device and the number is never sent', async () => {
    const { sent } = stubApi({
      'eligibility.saveProfile': (event) => ({ status: 200, body: { ok: true, data: { profile: { applicant: event.applicant, savedAt: 'x' } } } }),
    });
    render(<EligibilityForm orgId='kupasi' today={TODAY} />);
    expect(screen.getByText('第 1 步，共 3 步')).toBeInTheDocument();
    tap('下一步');
    tap('用身份证号');
    await type('身份证号', '310101199503151230');
    tap('查看结果');
    expect(await screen.findByText(/身份证号不正确/)).toBeInTheDocument();
    await type('身份证号', '310101199503151237');
    tap('查看结果');
    expect(await screen.findAllByText('可以报考')).toHaveLength(1);
    expect(screen.getByText(/年满16周岁且符合人工智能数据标注专项职业能力/)).toBeInTheDocument();
    tap('保存我的资料');
    expect(await screen.findByText('已保存。')).toBeInTheDocument();
    expect(JSON.stringify(sent)).not.toContain('310101199503151237');
    const saves = sent.filter((call) => call.event.action === 'saveProfile');
    expect(saves).toHaveLength(1);
    expect(saves[0].event).toMatchObject({ applicant: { birthDate: '1995-03-15' }, orgId: 'kupasi' });
  });

  test('a saved profile fills the form in one tap', async () => {
    stubApi({
      'eligibility.getProfile': () => ({
        status: 200,
        body: {
          ok: true,
          data: {
            profile: {
              applicant: { birthDate: '1985-03-02', work: [{ from: '2010-01-01' }], certificates: [], titles: [], schooling: [] },
              orgId: 'sjtu',
              occupationId: '4-04-04-02',
              savedAt: '2026-05-01T08:00:00.000Z',
            },
          },
        },
      }),
    });
    render(<EligibilityForm orgId='sjtu' today={TODAY} />);
    tap(await screen.findByText('使用上次保存的资料'));
    for (let i = 0; i < 5; i += 1) tap('下一步');
    tap('查看结果');
    expect(await screen.findAllByText('可以报考')).toHaveLength(2);
    expect(screen.getByText('累计从事本职业或相关职业工作满10年。')).toBeInTheDocument();
  });
});
