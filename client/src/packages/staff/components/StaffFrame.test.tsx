import { fireEvent, render, screen } from '@testing-library/react';
import type { WhoamiData } from '@skills/shared';
import { callApi } from '@/services/api';
import { ApiError } from '@/services/errors';
import { forgetWhoami } from '@/services/whoami';
import { StaffFrame } from './StaffFrame';
import { routeParams } from '@test/taroShim';

jest.mock('@/services/api', () => ({ callApi: jest.fn() }));
const mockedCallApi = callApi as jest.MockedFunction<typeof callApi>;

function answerWhoami(data: WhoamiData): void {
  mockedCallApi.mockResolvedValue(data as never);
}

beforeEach(() => {
  forgetWhoami();
  mockedCallApi.mockReset();
  delete routeParams.org;
});

describe('StaffFrame', () => {
  it('shows a candidate no console, only the identity to give an operator', async () => {
    answerWhoami({ identity: 'u_candidate_123456', staffOf: [] });
    const body = jest.fn(() => <span>工作台内容</span>);
    render(
      <StaffFrame title='考期安排' section='sessions'>
        {body}
      </StaffFrame>,
    );
    await screen.findByText('仅限评价机构工作人员');
    expect(screen.getByText('u_candidate_123456')).toBeInTheDocument();
    expect(screen.queryByText('工作台内容')).toBeNull();
    expect(body).not.toHaveBeenCalled();
  });

  it('gives staff their organisation and the sections', async () => {
    answerWhoami({ identity: 'u_staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] });
    render(
      <StaffFrame title='考期安排' section='sessions'>
        {({ orgId, orgName }) => <span>{`${orgName}/${orgId}`}</span>}
      </StaffFrame>,
    );
    await screen.findByText('上海交通大学/sjtu');
    expect(screen.getByText('上海交通大学 · 机构工作台')).toBeInTheDocument();
    for (const section of ['导入名单', '文件', '公告', '导出', '操作记录', '提醒发送记录']) {
      expect(screen.getAllByText(section).length).toBeGreaterThan(0);
    }
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'whoami', {});
  });

  it("never opens another organisation's console from the address: ?org= of an organisation the caller is not staff of is ignored", async () => {
    routeParams.org = 'kupasi';
    answerWhoami({ identity: 'u_staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] });
    render(
      <StaffFrame title='文件' section='documents'>
        {({ orgId }) => <span>{`机构 ${orgId}`}</span>}
      </StaffFrame>,
    );
    await screen.findByText('机构 sjtu');
    expect(screen.queryByText('机构 kupasi')).toBeNull();
  });

  it('opens the organisation named in the address when the caller is its staff', async () => {
    routeParams.org = 'kupasi';
    answerWhoami({ identity: 'u_staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }, { orgId: 'kupasi', name: '上海库帕思科技有限公司' }] });
    render(
      <StaffFrame title='文件' section='documents'>
        {({ orgId }) => <span>{`机构 ${orgId}`}</span>}
      </StaffFrame>,
    );
    await screen.findByText('机构 kupasi');
    expect(screen.getByRole('radiogroup', { name: '评价机构' })).toBeInTheDocument();
  });

  it('says what went wrong in Chinese, with a retry, when the server cannot be reached', async () => {
    mockedCallApi.mockRejectedValueOnce(new ApiError('OFFLINE'));
    mockedCallApi.mockResolvedValueOnce({ identity: 'u_staff', staffOf: [{ orgId: 'kupasi', name: '上海库帕思科技有限公司' }] } as never);
    render(
      <StaffFrame title='公告' section='announcements'>
        {({ orgId }) => <span>{`机构 ${orgId}`}</span>}
      </StaffFrame>,
    );
    await screen.findByText(/网络未连接/);
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('机构 kupasi');
  });
});
