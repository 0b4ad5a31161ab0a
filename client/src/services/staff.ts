/**
 * The staff console's one way to the server: every console page and component goes
 * through here (never `callApi` itself), as candidate pages go through `useApi`.
 */
import type { ActionData, ActionName, ActionParams, FilePayload, ImportConfirmData } from '@skills/shared';
import { useApi, type Loadable } from '@/hooks/useApi';
import { saveFile } from '@/lib/files';
import { callApi } from './api';
import { isApiError } from './errors';

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

/** One version of an organisation's notice, as notices.list answers it. */
export type NoticeVersion = ActionData<'admin', 'notices.list'>['notices'][number];

/** What is checked and published: the draft document and the attached 通知 PDF the quotes are looked for in. */
export type NoticeSubmission = ActionParams<'admin', 'notices.check'>;

/** A problem of a notice document: its row and field (`path`, `where`) and what is wrong, in Chinese. */
export type NoticeProblem = ActionData<'admin', 'notices.check'>['problems'][number];

/** Every problem the draft would be refused for (empty: it would publish); nothing is stored. */
export async function checkNotice(submission: NoticeSubmission): Promise<NoticeProblem[]> {
  return (await staffCall('notices.check', submission)).problems;
}

function refusalProblems(details: unknown): NoticeProblem[] | null {
  const problems = (details as { problems?: unknown } | null | undefined)?.problems;
  return Array.isArray(problems) && problems.length > 0 ? (problems as NoticeProblem[]) : null;
}

/**
 * Publishes the draft: the new version, or (refused with NOTICE_INVALID) the problems to show
 * beside their rows, as the refusal lists them.
 */
export async function publishNotice(submission: NoticeSubmission): Promise<{ notice: NoticeVersion } | { problems: NoticeProblem[] }> {
  try {
    return await staffCall('notices.publish', submission);
  } catch (failure) {
    if (!isApiError(failure) || failure.code !== 'NOTICE_INVALID') throw failure;
    return { problems: refusalProblems(failure.details) ?? (await checkNotice(submission)) };
  }
}

/** Withdraws a published version; answers every version as listed after it. */
export async function withdrawNotice(orgId: string, version: number): Promise<NoticeVersion[]> {
  return (await staffCall('notices.withdraw', { orgId, version })).notices;
}
