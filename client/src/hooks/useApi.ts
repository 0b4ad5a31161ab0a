import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionData, ActionName, ActionParams, FunctionName } from '@skills/shared';
import { callApi } from '@/services/api';
import { describeError, isApiError } from '@/services/errors';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string; code: string }
  | { status: 'ready'; data: T };

/**
 * Loads one action's data when the page opens, and again on `reload()` or when `key`
 * changes. Pass `params = null` to wait (e.g. until an organisation is chosen).
 */
export function useApi<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  params: ActionParams<F, A> | null,
): Loadable<ActionData<F, A>> & { reload: () => void } {
  const [state, setState] = useState<Loadable<ActionData<F, A>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = params === null ? null : JSON.stringify(params);
  const paramsRef = useRef(params);
  paramsRef.current = params;

  useEffect(() => {
    if (key === null || paramsRef.current === null) return undefined;
    let cancelled = false;
    setState({ status: 'loading' });
    callApi(name, action, paramsRef.current).then(
      (data) => {
        if (!cancelled) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!cancelled) {
          setState({ status: 'error', message: describeError(error), code: isApiError(error) ? error.code : 'INTERNAL' });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [name, action, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
