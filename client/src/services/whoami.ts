/**
 * Who the caller is, on its own so the candidate side's link to the console (StaffEntry)
 * does not carry the console's service module into a candidate subpackage.
 */
import type { WhoamiData } from '@skills/shared';
import { callApi } from './api';

let whoami: Promise<WhoamiData> | null = null;

/**
 * Who the caller is, asked once per launch (every console page needs it). An answer
 * of "on no staff list" is not kept: the operator may add this person at any moment,
 * so opening the console again asks again.
 */
export function loadWhoami(refresh = false): Promise<WhoamiData> {
  if (!whoami || refresh) {
    const asked = callApi('admin', 'whoami', {});
    whoami = asked;
    asked.then(
      (answer) => {
        if (answer.staffOf.length === 0 && whoami === asked) whoami = null;
      },
      () => {
        if (whoami === asked) whoami = null;
      },
    );
  }
  return whoami;
}

/** Forgets the remembered answer, so the next page asks again (tests; a changed staff list). */
export function forgetWhoami(): void {
  whoami = null;
}
