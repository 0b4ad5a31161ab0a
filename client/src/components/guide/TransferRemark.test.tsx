import { render, screen } from '@testing-library/react';
import { TransferRemark } from './TransferRemark';
import { type } from '@test/helpers';

describe('TransferRemark', () => {
  test('fills the candidate name into the notice remark 姓名+等级认定考试', async () => {
    render(<TransferRemark remark='姓名+等级认定考试' note='银行转账汇款请务必留言备注以便查询' />);
    expect(screen.getAllByText('姓名+等级认定考试').length).toBeGreaterThan(0);
    await type('您的姓名（用于生成附言）', ' 张三 ');
    expect(await screen.findByText('张三等级认定考试')).toBeInTheDocument();
  });

  test('a remark without a name placeholder is shown as published', () => {
    render(<TransferRemark remark='考试费' note='请备注' />);
    expect(screen.queryByText('您的姓名（用于生成附言）')).toBeNull();
    expect(screen.getAllByText('考试费').length).toBeGreaterThan(0);
  });
});
