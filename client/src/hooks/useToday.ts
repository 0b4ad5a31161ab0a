import { useEffect, useState } from 'react';
import { currentToday, fetchToday } from '@/services/today';

/** Today's date; starts from the device, then switches to the server's date once known. */
export function useToday(): string {
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
  return today;
}
