import type { ReactNode } from 'react';
import type { Loadable } from '@/hooks/useApi';
import { ErrorState, Loading } from './StateView';

interface LoadedProps<T> {
  /** A `useApi` (or `useStaffData`) answer; its `reload` is the error state's retry. */
  state: Loadable<T> & { reload: () => void };
  /** What shows while loading; the spinner with the default words unless given. */
  loading?: ReactNode;
  /** When the answer has nothing to show, `empty` shows instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** One answer's loading, error (with retry), empty and ready views, the same on every page. */
export function Loaded<T>({ state, loading, isEmpty, empty, children }: LoadedProps<T>) {
  if (state.status === 'loading') return <>{loading ?? <Loading />}</>;
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={state.reload} />;
  if (isEmpty?.(state.data)) return <>{empty}</>;
  return <>{children(state.data)}</>;
}
