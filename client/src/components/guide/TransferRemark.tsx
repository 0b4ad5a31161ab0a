import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CopyRow } from '@/components/CopyRow';
import { TextField } from '@/components/TextField';

/** The notice's placeholder for the payer's own name in the remark, e.g. 姓名+等级认定考试. */
const NAME_PLACEHOLDER = '姓名+';

/**
 * The transfer remark exactly as the notice asks, with the candidate's name filled in so
 * it can be copied into a bank app in one go (the name stays on this screen).
 */
export function TransferRemark({ remark, note }: { remark: string; note: string }) {
  const [name, setName] = useState('');
  const hasPlaceholder = remark.startsWith(NAME_PLACEHOLDER);
  const filled = hasPlaceholder && name.trim() !== '' ? `${name.trim()}${remark.slice(NAME_PLACEHOLDER.length)}` : remark;
  return (
    <View>
      {hasPlaceholder ? (
        <TextField label='您的姓名（用于生成附言）' name='payerName' value={name} maxlength={30} onChange={setName} />
      ) : null}
      <CopyRow label='转账附言' value={filled} />
      <Text className='block muted small'>通知要求：{remark}</Text>
      <Text className='block banner banner-warn' style={{ marginTop: '8px' }}>
        {note}
      </Text>
    </View>
  );
}
