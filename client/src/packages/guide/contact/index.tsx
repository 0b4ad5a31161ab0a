import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { Card, Quote } from '@/components/Card';
import { PhoneList } from '@/components/guide/PhoneList';
import { OfficeCard } from '@/components/guide/OfficeCard';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { noticeOf } from '@/lib/notice';
import { StaffEntry } from '@/components/StaffEntry';

export default function Contact() {
  const [orgId, setOrgId] = useOrg();
  const { org, notice } = noticeOf(orgId, useRulebook());
  const { office } = notice;
  return (
    <Page title='联系我们' subtitle={org.name}>
      <OrgPicker value={orgId} onChange={setOrgId} />
      <Card title='业务咨询'>
        <PhoneList phones={office.consultation} />
      </Card>
      <Card title='业务监督'>
        <PhoneList phones={office.supervision} />
      </Card>
      <OfficeCard office={office} orgName={org.name} />
      <Card title='通知原文'>
        <Quote source={office.source.section}>{office.source.quote}</Quote>
      </Card>
      <StaffEntry />
    </Page>
  );
}
