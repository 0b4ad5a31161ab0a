import { useCallback, useState } from 'react';
import { readStored, writeStored } from '@/services/storage';

function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Remembers on the device the day the candidate acknowledged a notice's conduct rules. */
export function useAcknowledgement(noticeId: string): [string | null, (today: string) => void] {
  const key = `skills.conductAck.${noticeId}`;
  const [acknowledgedOn, setAcknowledgedOn] = useState<string | null>(() => readStored<string | null>(key, null, isDate));
  const acknowledge = useCallback(
    (today: string) => {
      writeStored(key, today);
      setAcknowledgedOn(today);
    },
    [key],
  );
  return [acknowledgedOn, acknowledge];
}
