import { fireEvent, render, screen } from '@testing-library/react';
import { callApi } from '@/services/api';
import { ApiError } from '@/services/errors';
import { forgetWhoami } from '@/services/whoami';
import { pickFile } from '@/lib/files';
import StaffImports from './index';
import { importPreview } from '@test/factories';

jest.mock('@/services/api', () => ({ callApi: jest.fn() }));
jest.mock('@/lib/files', () => ({
  ...jest.requireActual('@/lib/files'),
  pickFile: jest.fn(),
  saveFile: jest.fn(),
}));

const mockedCallApi = callApi as jest.MockedFunction<typeof callApi>;
const mockedPickFile = pickFile as jest.MockedFunction<typeof pickFile>;

const WHOAMI = { identity: 'u_staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] };

/** Answers whoami, then the given answers for the actions in order. */
function server(answers: Record<string, unknown[]>) {
  mockedCallApi.mockImplementation(async (_name, action) => {
    if (action === 'whoami') return WHOAMI as never;
    const queue = answers[action as string];
    const next = queue?.shift();
    if (next instanceof Error) throw next;
    if (next === undefined) throw new Error(`unexpected ${String(action)}`);
    return next as never;
  });
}

beforeEach(() => {
  forgetWhoami();
  mockedCallApi.mockReset();
  mockedPickFile.mockReset();
  mockedPickFile.mockResolvedValue({ name: '6月准考证.xlsx', size: 2048, base64: 'UEsDBA==' });
});

async function chooseFile(): Promise<void> {
  fireEvent.click(await screen.findByText('选择文件（.xlsx 或 .csv）'));
}

describe('导入名单', () => {
  it('a file with a bad row: the row and column are named, and there is nothing to confirm', async () => {
    server({
      'import.preview': [importPreview({ problems: [{ row: 4, column: '身份证号', code: 'BAD_ID_NUMBER', message: '身份证号校验位错误' }] })],
    });
    render(<StaffImports />);
    await chooseFile();
    await screen.findByText('第 4 行 · 身份证号');
    expect(screen.queryByText(/确认导入/)).toBeNull();
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'import.preview', { orgId: 'sjtu', kind: 'tickets', fileName: '6月准考证.xlsx', fileBase64: 'UEsDBA==' });
    expect(mockedCallApi).not.toHaveBeenCalledWith('admin', 'import.confirm', expect.anything());
  });

  it('a clean file is written only when confirmed, and the counts are reported', async () => {
    server({
      'import.preview': [importPreview({ previewId: 'imp_1', validRows: 2, changes: { added: 2, updated: 0, unchanged: 0 } })],
      'import.confirm': [{ kind: 'tickets', added: 2, updated: 0, unchanged: 0 }],
    });
    render(<StaffImports />);
    await chooseFile();
    fireEvent.click(await screen.findByText('确认导入 2 行'));
    await screen.findByText('6月准考证.xlsx 已导入：新增 2 行，更新 0 行，0 行不变。');
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'import.confirm', { orgId: 'sjtu', previewId: 'imp_1' });
  });

  it('a large file written over several calls: confirm continues until the server says it is done', async () => {
    server({
      'import.preview': [importPreview({ previewId: 'imp_2', validRows: 1200, changes: { added: 1200, updated: 0, unchanged: 0 } })],
      'import.confirm': [
        { kind: 'tickets', added: 500, updated: 0, unchanged: 0, progress: { written: 500, total: 1200 } },
        { kind: 'tickets', added: 1000, updated: 0, unchanged: 0, progress: { written: 1000, total: 1200 } },
        { kind: 'tickets', added: 1200, updated: 0, unchanged: 0 },
      ],
    });
    render(<StaffImports />);
    await chooseFile();
    fireEvent.click(await screen.findByText('确认导入 1200 行'));
    await screen.findByText('6月准考证.xlsx 已导入：新增 1200 行，更新 0 行，0 行不变。');
    expect(mockedCallApi.mock.calls.filter(([, action]) => action === 'import.confirm')).toHaveLength(3);
  });

  it('an unreadable file gets the server’s Chinese reason, with the file name', async () => {
    server({ 'import.preview': [new ApiError('IMPORT_INVALID', '表格缺少必填列：身份证号。请按“准考证信息”模板补上这些列后再导入。')] });
    render(<StaffImports />);
    await chooseFile();
    await screen.findByText(/6月准考证\.xlsx（2\.0 KB）：表格缺少必填列：身份证号/);
  });

  it('an expired preview writes nothing and asks for the file again', async () => {
    server({
      'import.preview': [importPreview({ previewId: 'imp_2', validRows: 2 })],
      'import.confirm': [new ApiError('PREVIEW_EXPIRED')],
    });
    render(<StaffImports />);
    await chooseFile();
    fireEvent.click(await screen.findByText('确认导入 2 行'));
    await screen.findByText('预览已过期或已确认过，未写入任何数据。请重新选择文件。');
  });

  it('choosing nothing changes nothing', async () => {
    server({});
    mockedPickFile.mockResolvedValue(null);
    render(<StaffImports />);
    await chooseFile();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mockedPickFile).toHaveBeenCalledWith('sheet');
    expect(mockedCallApi).not.toHaveBeenCalledWith('admin', 'import.preview', expect.anything());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
