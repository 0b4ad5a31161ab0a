import { render, screen } from '@testing-library/react';
import { REMINDER_KINDS } from '@skills/shared';
import { SubscribeReminders, subscribeBatches } from './SubscribeReminders';
import { tap } from '@test/helpers';

describe('SubscribeReminders', () => {
  test('in the browser: says WeChat cannot deliver here and offers the calendar file', () => {
    const onCalendar = jest.fn();
    render(<SubscribeReminders orgId='sjtu' onCalendar={onCalendar} />);
    expect(screen.getByText(/浏览器里收不到微信提醒/)).toBeInTheDocument();
    expect(screen.queryByText(/已订阅/)).toBeNull();
    tap('下载日历文件（.ics）');
    expect(onCalendar).toHaveBeenCalledTimes(1);
  });

  test('WeChat asks about at most 3 templates per tap, every configured kind once', () => {
    const all = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, `tmpl-${kind}`]));
    const batches = subscribeBatches(all);
    expect(batches.map((batch) => batch.length)).toEqual([3, 2]);
    expect(batches.flat()).toEqual([...REMINDER_KINDS]);
    expect(subscribeBatches({ 'results-published': 'tmpl-results' })).toEqual([['results-published']]);
    // Nothing configured: nothing to ask (the page says WeChat reminders are not set up).
    expect(subscribeBatches({})).toEqual([]);
  });
});
