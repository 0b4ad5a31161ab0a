import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { openStaff } from '@/lib/navigate';
import { loadWhoami } from '@/services/whoami';

/**
 * The console's only way in from the candidate side: a quiet link that appears only
 * for someone on an organisation's staff list. Candidates see nothing; any failure
 * also shows nothing (the page around it must never break because of it).
 */
export function StaffEntry() {
  const [orgId, setOrgId] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    loadWhoami().then(
      (whoami) => {
        if (active && whoami.staffOf.length > 0) setOrgId(whoami.staffOf[0].orgId);
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  if (!orgId) return null;
  return (
    <Text className='block muted small' role='link' style={{ textAlign: 'center', padding: '16px 0', textDecoration: 'underline' }} onClick={() => openStaff('home', orgId)}>
      机构工作台（工作人员）
    </Text>
  );
}
