import { Text, View } from '@tarojs/components';
import { CHANNEL_LABELS, type Channel, type OrgNotice } from '@skills/shared';
import { Quote } from '@/components/Card';
import { CopyRow } from '@/components/CopyRow';

interface Props {
  notice: OrgNotice;
  /** Only this channel's rule; every channel's when absent. */
  channel?: Channel;
}

/** How the official admission ticket reaches the candidate, in the notice's own words, with its link. */
export function TicketChannels({ notice, channel }: Props) {
  const rules = notice.tickets.filter((rule) => channel === undefined || rule.channel === channel);
  return (
    <View data-testid='ticket-channels'>
      {rules.map((rule) => (
        <View key={rule.channel}>
          {channel === undefined ? <Text className='block strong'>{CHANNEL_LABELS[rule.channel]}</Text> : null}
          <Quote source={`通知${rule.source.section}`}>{rule.source.quote}</Quote>
          {rule.url ? <CopyRow label='准考证下载网址（通知原文所列）' value={rule.url} /> : null}
        </View>
      ))}
    </View>
  );
}
