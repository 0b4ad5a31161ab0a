import { render, screen } from '@testing-library/react';
import { ImportPreview } from './ImportPreview';
import { importPreview } from '@test/factories';

describe('ImportPreview', () => {
  it('names every problem by row and column and says nothing was written', () => {
    render(
      <ImportPreview
        preview={importPreview({
          problems: [
            { row: 4, column: '身份证号', code: 'BAD_ID_NUMBER', message: '身份证号校验位错误' },
            { row: 0, column: '', code: 'EMPTY_FILE', message: '文件中没有数据行' },
          ],
        })}
      />,
    );
    expect(screen.getByText('第 4 行 · 身份证号')).toBeInTheDocument();
    expect(screen.getByText('身份证号校验位错误')).toBeInTheDocument();
    expect(screen.getByText('整个文件')).toBeInTheDocument();
    expect(screen.getByText(/未写入任何数据/)).toBeInTheDocument();
    expect(screen.getByText(/发现 2 处问题/)).toBeInTheDocument();
  });

  it('without problems, says what confirming would change and shows the rows as recognised', () => {
    render(<ImportPreview preview={importPreview({ previewId: 'imp_1', validRows: 2, changes: { added: 2, updated: 0, unchanged: 0 } })} />);
    expect(screen.getByText(/确认后将新增 2 行、更新 0 行/)).toBeInTheDocument();
    expect(screen.queryByText('需要改正的地方')).toBeNull();
    expect(screen.getByText('陈晓明')).toBeInTheDocument();
    expect(screen.getByText('1101**********1234')).toBeInTheDocument();
  });

  it('lists the first 200 problems of a badly wrong file and counts the rest', () => {
    const problems = Array.from({ length: 250 }, (_, index) => ({ row: index + 2, column: '姓名', code: 'MISSING_VALUE', message: '“姓名”不能为空' }));
    render(<ImportPreview preview={importPreview({ problems, totalRows: 250, validRows: 0 })} />);
    expect(screen.getAllByText('“姓名”不能为空')).toHaveLength(200);
    expect(screen.getByText(/另有 50 处问题未列出/)).toBeInTheDocument();
  });
});
