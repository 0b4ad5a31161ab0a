import { View, Text } from '@tarojs/components';
import type { RolloverHint, StaffSession } from '@skills/shared';
import { EstimatedTag } from '@/components/Card';

/** 已发准考证 N 人 / 容量 M 人 */
export function loadLine(session: Pick<StaffSession, 'ticketCount' | 'capacity'>): string {
  return `已发准考证 ${session.ticketCount} 人 / 容量 ${session.capacity} 人`;
}

/**
 * A hint in the console's words. The server decides which apply (from the notice's data);
 * this only words them, and never promises a rollover the notice does not state.
 *
 * @example rolloverHintText({ reason: 'below-minimum', byNotice: true }, { rolloverMinimum: 30, ... }) // '不足30人，按通知可顺延至下月'
 */
export function rolloverHintText(hint: RolloverHint, session: Pick<StaffSession, 'ticketCount' | 'capacity' | 'rolloverMinimum'>): string {
  if (hint.reason === 'below-minimum') return `不足${session.rolloverMinimum ?? ''}人，按通知可顺延至下月`;
  const excess = session.ticketCount - session.capacity;
  return hint.byNotice ? `超出考场容量 ${excess} 人，按通知可顺延至下月` : `超出考场容量 ${excess} 人（通知未规定是否顺延，请按机构安排）`;
}

/** A session's tickets against its capacity, and any rollover hint (预计 when no notice covers the month). */
export function SessionLoad({ session }: { session: StaffSession }) {
  return (
    <View data-testid='session-load'>
      <Text className='block small'>{loadLine(session)}</Text>
      {session.rolloverHints.map((hint) => (
        <Text key={hint.reason} className='block small' data-testid='rollover-hint'>
          <Text className='tag tag-no' style={{ marginLeft: 0 }}>
            {rolloverHintText(hint, session)}
          </Text>
          {hint.byNotice ? <EstimatedTag estimated={session.rolloverRuleEstimated} /> : null}
        </Text>
      ))}
    </View>
  );
}
