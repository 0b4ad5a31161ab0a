import { View, Text, Button } from '@tarojs/components';
import type { Phone } from '@skills/shared';
import { callPhone } from '@/lib/device';

/** Each number with who answers it and when; one tap calls it. */
export function PhoneList({ phones }: { phones: Phone[] }) {
  return (
    <View>
      {phones.map((phone) => (
        <View key={`${phone.label}-${phone.number}`} className='list-item'>
          <Text className='block strong'>{phone.label}</Text>
          {phone.hours ? <Text className='block muted small'>{phone.hours}</Text> : null}
          <Button className='btn btn-secondary' onClick={() => callPhone(phone.number)} aria-label={`拨打 ${phone.number}（${phone.label}）`}>
            拨打 {phone.number}
          </Button>
        </View>
      ))}
    </View>
  );
}
