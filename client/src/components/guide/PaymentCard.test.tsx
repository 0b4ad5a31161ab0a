import { render, screen } from '@testing-library/react';
import { latestNotice } from '@skills/shared';
import { PaymentCard } from './PaymentCard';
import { navigations } from '@test/taroShim';
import { tap } from '@test/helpers';

describe('PaymentCard', () => {
  test('库帕思: the fee-standard sentence once, no account, and the ways to the fees and the phone', () => {
    const { payment } = latestNotice('kupasi');
    render(<PaymentCard payment={payment} orgId='kupasi' />);
    expect(screen.getAllByText('按照2025年上海库帕思科技有限公司职业技能评价收费标准执行。')).toHaveLength(1);
    expect(screen.getByTestId('no-account').textContent).toContain('通知未公布缴费账户');
    tap('咨询电话');
    expect(navigations[navigations.length - 1]).toBe('/packages/guide/contact/index?org=kupasi');
    tap('查看各项目费用');
    expect(navigations[navigations.length - 1]).toBe('/packages/guide/projects/index?org=kupasi');
  });

  test('上海交通大学: the account from the notice with copy rows, no missing-account line', () => {
    const { payment } = latestNotice('sjtu');
    render(<PaymentCard payment={payment} orgId='sjtu' />);
    expect(screen.getByText('439059226890')).toBeInTheDocument();
    expect(screen.queryByTestId('no-account')).toBeNull();
    expect(screen.queryByText('咨询电话')).toBeNull();
  });
});
