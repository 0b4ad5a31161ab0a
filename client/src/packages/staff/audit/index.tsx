import { View, Text } from '@tarojs/components';
import { Card } from '@/components/Card';
import { Empty } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { actionLabel, actorLabel, chinaDateTime, rowsLabel } from '@/packages/staff/lib/labels';
import { useStaffData } from '@/services/staff';

const SHOWN = 200;

function AuditBody({ orgId, identity }: { orgId: string; identity: string }) {
  const audit = useStaffData('audit.list', { orgId, limit: SHOWN });
  return (
    <Card title={`最近的操作（最多 ${SHOWN} 条）`}>
      <Loaded state={audit}>
        {(data) => (
          <>
            {data.refusals ? (
              <Text className='block muted small' data-testid='audit-refusals'>
                最近24小时：非本机构工作人员的调用被拒绝 {data.refusals.staffCalls} 次；准考证绑定失败（全平台）{data.refusals.bindFailures} 次
              </Text>
            ) : null}
            {/* The refusal counts show even before anything is logged, so the empty state is this page's own. */}
            {data.entries.length === 0 ? <Empty message='还没有操作记录' hint='导入、考期、文件、公告、导出等操作都会记在这里。' /> : null}
            {data.entries.map((entry) => (
            <View className='staff-row' key={entry.id} data-testid='audit-row'>
              <View className='staff-row-main'>
                <Text className='block strong'>
                  {actionLabel(entry.action)}
                  {rowsLabel(entry.action, entry.rows) ? ` · ${rowsLabel(entry.action, entry.rows)}` : ''}
                </Text>
                {entry.detail ? <Text className='block small'>{entry.detail}</Text> : null}
                <Text className='block muted small'>
                  操作人 <Text className='staff-mono'>{actorLabel(entry.actor, identity)}</Text>
                </Text>
              </View>
              <Text className='staff-row-side small'>{chinaDateTime(entry.at)}</Text>
            </View>
          ))}
          </>
        )}
      </Loaded>
    </Card>
  );
}

export default function StaffAudit() {
  return (
    <StaffFrame title='操作记录' section='audit'>
      {({ orgId, identity }) => <AuditBody key={orgId} orgId={orgId} identity={identity} />}
    </StaffFrame>
  );
}
