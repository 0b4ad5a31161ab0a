import { Text, Button } from '@tarojs/components';
import type { Office } from '@skills/shared';
import { Card, Field } from '@/components/Card';
import { openMap } from '@/lib/device';

/** Where and when the office receives candidates. */
export function OfficeCard({ office, orgName }: { office: Office; orgName: string }) {
  return (
    <Card title='业务受理'>
      <Field label='地址'>
        <Text userSelect>{office.address}</Text>
      </Field>
      <Field label='时间'>{office.hours}</Field>
      <Button className='btn btn-secondary' onClick={() => openMap({ name: orgName, address: office.address })}>
        复制地址，到地图中导航
      </Button>
    </Card>
  );
}
