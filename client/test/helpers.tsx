/** Small helpers for driving Taro's H5 components in jsdom. */
import { fireEvent, screen, waitFor } from '@testing-library/react';

/** Types into the Taro input labelled `label` (the inner <input> carries the event). */
export async function type(label: string, value: string, nth = 0): Promise<void> {
  const input = await waitFor(() => {
    const found = document.querySelectorAll(`taro-input-core[aria-label="${label}"] input`)[nth];
    if (!found) throw new Error(`no input labelled ${label}`);
    return found;
  });
  fireEvent.input(input, { target: { value } });
}

/** Taps the button whose text is exactly `text` (or the element given). */
export function tap(target: string | RegExp | HTMLElement): void {
  fireEvent.click(target instanceof HTMLElement ? target : screen.getByText(target, { selector: 'taro-button-core' }));
}

/** Stubs fetch with answers per `/api/<function>` + action, and records the events sent. */
export function stubApi(answers: Record<string, (event: Record<string, unknown>) => { status: number; body: unknown }>) {
  const sent: { fn: string; event: Record<string, unknown> }[] = [];
  const fetchStub = jest.fn(async (url: string, init?: { body?: string }) => {
    const fn = url.replace('/api/', '');
    const event = JSON.parse(init?.body ?? '{}') as Record<string, unknown>;
    sent.push({ fn, event });
    const answer = answers[`${fn}.${String(event.action)}`];
    const { status, body } = answer ? answer(event) : { status: 404, body: { ok: false, code: 'UNKNOWN_FUNCTION', message: '未知' } };
    return { ok: status < 400, status, json: async () => body } as Response;
  });
  (globalThis as { fetch: unknown }).fetch = fetchStub;
  return { sent, fetchStub };
}
