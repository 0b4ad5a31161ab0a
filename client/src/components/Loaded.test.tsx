import { render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import type { Loadable } from '@/hooks/useApi';
import { useApi } from '@/hooks/useApi';
import { Loaded } from './Loaded';
import { Empty, Loading } from './StateView';
import { stubApi, tap } from '@test/helpers';

type Rows = { rows: string[] };

function view(state: Loadable<Rows>, reload = jest.fn()) {
  render(
    <Loaded
      state={{ ...state, reload }}
      loading={<Loading label='正在加载名单…' />}
      isEmpty={(data) => data.rows.length === 0}
      empty={<Empty message='暂无名单' hint='导入后显示在这里。' />}
    >
      {(data) => data.rows.map((row) => <Text key={row}>{row}</Text>)}
    </Loaded>,
  );
  return reload;
}

describe('Loaded', () => {
  test('while loading: the page’s own words, marked busy', () => {
    view({ status: 'loading' });
    expect(screen.getByText('正在加载名单…').closest('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByText('暂无名单')).toBeNull();
  });

  test('an error is announced and 重试 asks again', () => {
    const reload = view({ status: 'error', message: '网络未连接，请检查网络后重试。', code: 'NETWORK' });
    expect(screen.getByRole('alert')).toHaveTextContent('网络未连接，请检查网络后重试。');
    tap('重试');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('nothing to list: the empty state instead of the rows', () => {
    view({ status: 'ready', data: { rows: [] } });
    expect(screen.getByText('暂无名单')).toBeInTheDocument();
    expect(screen.getByText('导入后显示在这里。')).toBeInTheDocument();
  });

  test('rows: every row, and no loading, error or empty state', () => {
    view({ status: 'ready', data: { rows: ['张三', '李四'] } });
    expect(screen.getByText('张三')).toBeInTheDocument();
    expect(screen.getByText('李四')).toBeInTheDocument();
    expect(screen.queryByText('暂无名单')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('正在加载名单…')).toBeNull();
  });

  test('with useApi: a failed load, 重试, then the rows', async () => {
    let calls = 0;
    stubApi({
      'announcements.list': () => {
        calls += 1;
        return calls === 1
          ? { status: 503, body: { ok: false, code: 'UNAVAILABLE', message: '服务暂时不可用' } }
          : { status: 200, body: { ok: true, data: { announcements: [{ id: 'a1', orgId: 'sjtu', title: '六月安排', body: '正文', publishedAt: '2026-06-09T20:00:00.000Z', demo: false }] } } };
      },
    });
    function Titles() {
      const answer = useApi('announcements', 'list', { orgId: 'sjtu' });
      return <Loaded state={answer}>{(data) => data.announcements.map((item) => <Text key={item.id}>{item.title}</Text>)}</Loaded>;
    }
    render(<Titles />);
    await screen.findByRole('alert');
    tap('重试');
    expect(await screen.findByText('六月安排')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
