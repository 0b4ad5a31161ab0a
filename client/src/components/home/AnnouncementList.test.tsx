import { render, screen } from '@testing-library/react';
import { AnnouncementList } from './AnnouncementList';
import { stubApi } from '@test/helpers';

describe('AnnouncementList', () => {
  test('an announcement published at 04:00 in China (20:00 UTC the day before) shows China’s date', async () => {
    stubApi({
      'announcements.list': () => ({
        status: 200,
        body: {
          ok: true,
          data: { announcements: [{ id: 'a1', orgId: 'sjtu', title: '六月安排', body: '正文', publishedAt: '2026-06-09T20:00:00.000Z', demo: false }] },
        },
      }),
    });
    render(<AnnouncementList orgId='sjtu' />);
    expect(await screen.findByText('2026年6月10日')).toBeInTheDocument();
  });
});
