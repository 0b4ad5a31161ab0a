import type { ImportPreviewData } from '@skills/shared';

/** An import preview as `import.preview` answers it: one recognised row, nothing written yet. */
export function importPreview(overrides: Partial<ImportPreviewData> = {}): ImportPreviewData {
  return {
    previewId: null,
    kind: 'tickets',
    fileName: '6月准考证.xlsx',
    totalRows: 2,
    validRows: 1,
    sample: [{ row: 3, cells: { 准考证号: '2026060001', 姓名: '陈晓明', 身份证号: '1101**********1234' } }],
    problems: [],
    changes: { added: 0, updated: 0, unchanged: 0 },
    expiresAt: null,
    ...overrides,
  };
}
