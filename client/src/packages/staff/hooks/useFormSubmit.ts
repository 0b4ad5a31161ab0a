import { useState } from 'react';
import { useBusy } from '@/hooks/useBusy';
import { describeError } from '@/services/errors';

export interface FormSubmit {
  /** True while a request is out; FormActions then disables both buttons. */
  saving: boolean;
  /** Why the form cannot be sent, or why the last attempt failed, in words for staff. */
  error: string | null;
  /** Shows a check's message before anything is sent. */
  setError: (message: string | null) => void;
  /**
   * Sends once: clears the last failure, holds `saving` until the request settles,
   * and shows a failure in words (the request's own `onDone` call included, so a
   * page that cannot take the answer says so instead of failing silently).
   */
  submit: (request: () => Promise<void>) => Promise<void>;
}

/** The save flow every console form shares; the form keeps its own checks and request. */
export function useFormSubmit(): FormSubmit {
  const [saving, run] = useBusy();
  const [error, setError] = useState<string | null>(null);
  // A second tap while a request is out is ignored (useBusy), not sent twice.
  const submit = (request: () => Promise<void>) =>
    run(async () => {
      setError(null);
      try {
        await request();
      } catch (failure) {
        setError(describeError(failure));
      }
    });
  return { saving, error, setError, submit };
}
