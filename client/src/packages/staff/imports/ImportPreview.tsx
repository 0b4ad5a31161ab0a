import { View, Text } from '@tarojs/components';
import type { ImportPreviewData, ImportProblem } from '@skills/shared';
import { Card } from '@/components/Card';

/** Problems shown at once; the rest are counted (a whole wrong file can have thousands). */
const SHOWN_PROBLEMS = 200;
const SHOWN_COLUMNS = 8;

function where(problem: ImportProblem): string {
  const row = problem.row === 0 ? '整个文件' : `第 ${problem.row} 行`;
  return problem.column ? `${row} · ${problem.column}` : row;
}

/** What the server read from the file: counts, problems by row and column, and the first rows as recognised. */
export function ImportPreview({ preview }: { preview: ImportPreviewData }) {
  const problems = preview.problems.slice(0, SHOWN_PROBLEMS);
  const headers = preview.sample[0] ? Object.keys(preview.sample[0].cells).slice(0, SHOWN_COLUMNS) : [];
  return (
    <View>
      <Card title={`预览：${preview.fileName}`}>
        <Text className='block'>
          共读到 {preview.totalRows} 行数据，其中 {preview.validRows} 行无误
          {preview.problems.length > 0 ? `，发现 ${preview.problems.length} 处问题` : ''}。
        </Text>
        {preview.problems.length === 0 ? (
          <Text className='block muted'>
            确认后将新增 {preview.changes.added} 行、更新 {preview.changes.updated} 行，{preview.changes.unchanged} 行与系统中一致不变。
          </Text>
        ) : null}
      </Card>
      {preview.problems.length > 0 ? (
        <Card title='需要改正的地方'>
          <View className='banner banner-error' role='alert'>
            <Text>文件中有问题，未写入任何数据。请在表格中改正以下内容后重新选择文件。</Text>
          </View>
          <View data-testid='import-problems'>
            {problems.map((problem, index) => (
              <View className='staff-problem' key={`${problem.row}-${problem.column}-${index}`}>
                <Text className='staff-problem-where'>{where(problem)}</Text>
                <Text>{problem.message}</Text>
              </View>
            ))}
          </View>
          {preview.problems.length > SHOWN_PROBLEMS ? (
            <Text className='block muted small'>另有 {preview.problems.length - SHOWN_PROBLEMS} 处问题未列出，改正以上问题后重新预览即可看到。</Text>
          ) : null}
        </Card>
      ) : null}
      {preview.sample.length > 0 ? (
        <Card title='识别结果（前几行）'>
          <View className='staff-sample'>
            <View className='staff-sample-row strong'>
              <Text className='staff-sample-cell'>行号</Text>
              {headers.map((header) => (
                <Text className='staff-sample-cell' key={header}>
                  {header}
                </Text>
              ))}
            </View>
            {preview.sample.map((row) => (
              <View className='staff-sample-row' key={row.row}>
                <Text className='staff-sample-cell'>{row.row}</Text>
                {headers.map((header) => (
                  <Text className='staff-sample-cell' key={header}>
                    {row.cells[header] || '—'}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </Card>
      ) : null}
    </View>
  );
}
