import { useEffect, useState } from 'react';
import { currentToday, fetchToday } from '@/services/today';
import { usePreviewToday } from './useRulebook';

/** Today's date (a preview's chosen date inside one); starts from the device, then switches to the server's date once known. */
export function useToday(): string {
  const preview = usePreviewToday();
  const [today, setToday] = useState(currentToday);
  useEffect(() => {
    let active = true;
    fetchToday().then((value) => {
      if (active) setToday(value);
    });
    return () => {
      active = false;
    };
  }, []);
  return preview ?? today;
}
