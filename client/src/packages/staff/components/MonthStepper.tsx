import { View, Text, Button } from '@tarojs/components';
import { chineseMonth } from '@/lib/format';
import { addMonthsToMonth } from '@skills/shared';

interface MonthStepperProps {
  label: string;
  month: string;
  onChange: (month: string) => void;
}

/** Previous / next month buttons: quicker than a picker for the month-by-month work of an office. */
export function MonthStepper({ label, month, onChange }: MonthStepperProps) {
  return (
    <View className='staff-month' aria-label={label}>
      <Button className='btn btn-plain btn-inline' style={{ margin: 0 }} aria-label='上个月' onClick={() => onChange(addMonthsToMonth(month, -1))}>
        ‹ 上月
      </Button>
      <Text className='staff-month-label' aria-live='polite'>
        {chineseMonth(month)}
      </Text>
      <Button className='btn btn-plain btn-inline' style={{ margin: 0 }} aria-label='下个月' onClick={() => onChange(addMonthsToMonth(month, 1))}>
        下月 ›
      </Button>
    </View>
  );
}
