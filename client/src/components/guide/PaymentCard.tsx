import { Button, Text, View } from '@tarojs/components';
import type { Payment } from '@skills/shared';
import { Card } from '@/components/Card';
import { CopyRow } from '@/components/CopyRow';
import { TransferRemark } from './TransferRemark';
import { go } from '@/lib/navigate';

/**
 * How to pay, as the notice says it. Where the notice names no account (库帕思), the card
 * says so and points to the fees and the consultation number instead of leaving a gap.
 */
export function PaymentCard({ payment, orgId }: { payment: Payment; orgId: string }) {
  return (
    <Card title='缴费'>
      <Text className='block'>{payment.summary}</Text>
      {payment.rules.map((rule) => (
        <Text key={rule} className='block muted'>
          {rule}
        </Text>
      ))}
      {/* Some notices state the fee standard as the whole of their payment section. */}
      {payment.standard && payment.standard !== payment.summary ? <Text className='block'>{payment.standard}</Text> : null}
      {payment.account ? (
        <View style={{ marginTop: '8px' }}>
          <CopyRow label='户名' value={payment.account.payee} />
          <CopyRow label='银行账号' value={payment.account.accountNumber} />
          <CopyRow label='开户银行' value={payment.account.bank} />
          <TransferRemark remark={payment.account.remark} note={payment.account.remarkNote} />
        </View>
      ) : (
        <Text className='block banner banner-info' data-testid='no-account' style={{ marginTop: '8px' }}>
          通知未公布缴费账户和缴费方式，报名时请向机构确认，或拨打业务咨询电话。
        </Text>
      )}
      <View className='btn-row'>
        <Button className='btn btn-secondary' onClick={() => go('projects', { org: orgId })}>
          查看各项目费用
        </Button>
        {payment.account ? null : (
          <Button className='btn btn-secondary' onClick={() => go('contact', { org: orgId })}>
            咨询电话
          </Button>
        )}
      </View>
    </Card>
  );
}
