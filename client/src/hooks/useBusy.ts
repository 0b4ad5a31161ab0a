import { useCallback, useRef, useState } from 'react';

/**
 * One request per tap: `run` starts a task only when none is running. The guard is a ref, so a
 * second tap that lands before React re-renders (and disables the button) is ignored too.
 */
export function useBusy(): [boolean, (task: () => Promise<void>) => Promise<void>] {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return [busy, run];
}
