import type { ReactNode } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { Page } from '@/components/Page';
import { Card } from '@/components/Card';
import { CopyRow } from '@/components/CopyRow';
import { Loading, ErrorState } from '@/components/StateView';
import { useStaff } from '@/packages/staff/hooks/useStaff';
import { openStaff } from '@/lib/navigate';
import type { StaffRoute } from '@/routes';
import { STAFF_SECTIONS } from '@/packages/staff/lib/sections';
import '@/packages/staff/staff.css';

export interface StaffContext {
  orgId: string;
  orgName: string;
  /** The signed-in staff member's identity (the audit log marks their own entries). */
  identity: string;
}

interface StaffFrameProps {
  title: string;
  /** The section this page is, marked in the navigation. */
  section: StaffRoute;
  children: (context: StaffContext) => ReactNode;
}

/** The sections as a strip of chips (wrapping on a desktop); the home page lists them as cards instead. */
function StaffNav({ section, orgId }: { section: StaffRoute; orgId: string }) {
  return (
    <View className='staff-nav' role='navigation' aria-label='工作台栏目'>
      <Button className='staff-nav-item' onClick={() => openStaff('home', orgId, true)}>
        工作台
      </Button>
      {STAFF_SECTIONS.map((entry) => (
        <Button
          key={entry.route}
          className={`staff-nav-item${section === entry.route ? ' staff-nav-on' : ''}`}
          aria-current={section === entry.route ? 'page' : undefined}
          onClick={() => openStaff(entry.route, orgId, true)}
        >
          {entry.title}
        </Button>
      ))}
    </View>
  );
}

/**
 * Every console page's frame: checks the caller is staff (the server checks again on
 * every action), the organisation being worked on, and the sections to move between.
 */
export function StaffFrame({ title, section, children }: StaffFrameProps) {
  const staff = useStaff();
  if (staff.status === 'loading') {
    return (
      <Page title={title}>
        <Loading label='正在确认工作人员身份…' />
      </Page>
    );
  }
  if (staff.status === 'error') {
    return (
      <Page title={title}>
        <ErrorState message={staff.message} onRetry={staff.retry} />
      </Page>
    );
  }
  if (staff.status === 'not-staff') {
    return (
      <Page title='机构工作台'>
        <Card title='仅限评价机构工作人员'>
          <Text className='block'>您当前的身份不在任何评价机构的工作人员名单中，无法使用工作台。</Text>
          <Text className='block muted small'>
            如您是评价机构工作人员，请把下面的身份编号发给本机构的系统管理员，由管理员添加后再打开本页。
          </Text>
          <CopyRow label='身份编号' value={staff.identity} />
        </Card>
      </Page>
    );
  }
  return (
    <Page title={title} subtitle={`${staff.orgName} · 机构工作台`}>
      {staff.orgs.length > 1 ? (
        <View className='choice-row' role='radiogroup' aria-label='评价机构'>
          {staff.orgs.map((org) => (
            <Button
              key={org.orgId}
              className={`choice${org.orgId === staff.orgId ? ' choice-on' : ''}`}
              role='radio'
              aria-checked={org.orgId === staff.orgId}
              onClick={() => staff.chooseOrg(org.orgId)}
            >
              {org.name}
            </Button>
          ))}
        </View>
      ) : null}
      {section === 'home' ? null : <StaffNav section={section} orgId={staff.orgId} />}
      <View className='staff-root'>{children({ orgId: staff.orgId, orgName: staff.orgName, identity: staff.identity })}</View>
    </Page>
  );
}
