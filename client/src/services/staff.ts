/**
 * The staff console's one way to the server: every console page and component goes
 * through here (never `callApi` itself), as candidate pages go through `useApi`.
 */
import type { ActionData, ActionName, ActionParams, FilePayload, ImportConfirmData } from '@skills/shared';
import { useApi, type Loadable } from '@/hooks/useApi';
import { saveFile } from '@/lib/files';
import { callApi } from './api';

export type StaffAction = ActionName<'admin'>;

/** One console action: its data, or an ApiError. */
export function staffCall<A extends StaffAction>(action: A, params: ActionParams<'admin', A>): Promise<ActionData<'admin', A>> {
  return callApi('admin', action, params);
}

/** A console list loaded when the page opens and on `reload()` (`params = null` waits). */
export function useStaffData<A extends StaffAction>(
  action: A,
  params: ActionParams<'admin', A> | null,
): Loadable<ActionData<'admin', A>> & { reload: () => void } {
  return useApi('admin', action, params);
}

type FileAction = { [A in StaffAction]: ActionData<'admin', A> extends { file: FilePayload } ? A : never }[StaffAction];

/** Asks for a file (an export or a template) and hands it to the staff member; answers what was saved. */
export async function downloadStaffFile<A extends FileAction>(action: A, params: ActionParams<'admin', A>): Promise<FilePayload> {
  const { file } = (await staffCall(action, params)) as { file: FilePayload };
  await saveFile(file);
  return file;
}

/**
 * Writes a previewed import. A large file is written over several calls: each answers how far
 * it got (`onProgress`), the next continues; confirming again after an interruption writes
 * nothing twice.
 */
export async function confirmImport(
  orgId: string,
  previewId: string,
  onProgress: (progress: NonNullable<ImportConfirmData['progress']>) => void,
): Promise<ImportConfirmData> {
  let result = await staffCall('import.confirm', { orgId, previewId });
  while (result.progress) {
    onProgress(result.progress);
    result = await staffCall('import.confirm', { orgId, previewId });
  }
  return result;
}
