/**
 * Notices organisations publish: staff check, publish and withdraw them (admin only); every
 * function's rules read the bundled documents plus the published ones (rulebook.ts).
 */
import { BUNDLED_NOTICES, type NoticeDocument } from '@skills/shared';
import { describePath, validateNoticeDocument, type DocumentPath, type NoticeProblem } from '@skills/shared/src/notice';
import { PDF_TEXT_MESSAGES, pdfText } from '../pdf';
import type { AuditPort, DocumentPort, DocumentVersionRecord, MetaPort, NoticePort, NoticeRecord } from '../ports';
import { isoNow, type AppWith } from './app';
import { ApiError } from './errors';
import { requireOrganisation } from './organisations';
import { announceChange, reload } from './rulebook';

/** The ports this module's functions use: the app they take has no others. */
type NoticesApp = AppWith<NoticePort & MetaPort & AuditPort & DocumentPort>;

/** After this instance's own publish or withdraw: the new token, and the notices read again at once. */
async function changed(app: NoticesApp): Promise<void> {
  const token = app.newId('nv');
  await announceChange(app.store, token);
  await reload(app, token);
}

export interface NoticeVersionView {
  orgId: string;
  version: number;
  /** bundled: compiled into the product; published: by the organisation's staff. */
  origin: 'bundled' | 'published';
  status: 'published' | 'withdrawn';
  effectiveFrom: string;
  coversYears: number[];
  publishedAt: string | null;
  pdfDocumentId: string | null;
  withdrawnAt: string | null;
  document: NoticeDocument;
}

/** Every version of the organisation's notices, bundled and published, withdrawn ones included. */
export async function list(app: NoticesApp, orgId: string): Promise<{ notices: NoticeVersionView[] }> {
  const bundled: NoticeVersionView[] = BUNDLED_NOTICES.filter((d) => d.orgId === orgId).map((document) => ({
    orgId,
    version: document.version,
    origin: 'bundled',
    status: 'published',
    effectiveFrom: document.effectiveFrom,
    coversYears: document.coversYears,
    publishedAt: null,
    pdfDocumentId: null,
    withdrawnAt: null,
    document,
  }));
  const stored: NoticeVersionView[] = (await app.store.listNotices(orgId)).map((n) => ({
    orgId,
    version: n.version,
    origin: 'published',
    status: n.status,
    effectiveFrom: n.document.effectiveFrom,
    coversYears: n.document.coversYears,
    publishedAt: n.publishedAt,
    pdfDocumentId: n.pdfDocumentId,
    withdrawnAt: n.withdrawnAt,
    document: n.document,
  }));
  return { notices: [...bundled, ...stored].sort((a, b) => a.version - b.version) };
}

function problem(path: DocumentPath, message: string, code: NoticeProblem['code'] = 'SCHEMA'): NoticeProblem {
  return { code, path, where: describePath(path) || '文档', message };
}

/** Checks against what is stored: the caller's organisation, a new version, not effective before the one it follows. */
function placeProblems(document: NoticeDocument, orgId: string, existing: NoticeVersionView[]): NoticeProblem[] {
  const found: NoticeProblem[] = [];
  if (document.orgId !== orgId) found.push(problem(['orgId'], `应为本机构（${orgId}），不能为其他机构发布通知`));
  const latest = existing.reduce<NoticeVersionView | null>((a, b) => (a && a.version > b.version ? a : b), null);
  if (latest && document.version <= latest.version) {
    found.push(problem(['version'], `应大于已有的最高版本 ${String(latest.version)}（已发布的版本不能覆盖）`));
  }
  const previous = existing.filter((n) => n.status === 'published').reduce<NoticeVersionView | null>((a, b) => (a && a.version > b.version ? a : b), null);
  if (previous && document.effectiveFrom < previous.effectiveFrom) {
    found.push(problem(['effectiveFrom'], `不能早于上一版（第${String(previous.version)}版）的生效日期 ${previous.effectiveFrom}`, 'EFFECTIVE_DATE'));
  }
  return found;
}

function refuse(problems: NoticeProblem[]): never {
  const first = problems[0];
  const more = problems.length > 1 ? `等 ${String(problems.length)} 处问题` : '';
  throw new ApiError('NOTICE_INVALID', `通知内容有误，未发布：${first ? `${first.where} ${first.message}` : ''}${more}`, {
    problems: problems.map(({ code, path, where, message }) => ({ code, path, where, message })),
  });
}

async function requireKnownOrg(app: NoticesApp, orgId: string, existing: NoticeVersionView[]): Promise<void> {
  if (existing.length === 0) await requireOrganisation(app.store, orgId);
}

/** The attached PDF: the newest version of one of the organisation's uploaded documents of kind 通知. */
async function noticePdf(app: NoticesApp, orgId: string, documentId: string): Promise<DocumentVersionRecord> {
  const [latest] = await app.store.documentVersions(documentId);
  if (!latest || latest.orgId !== orgId || latest.kind !== 'notice') {
    throw new ApiError('NOT_FOUND', '没有找到本机构上传的这份通知文件（请先在“文件”中上传通知 PDF）');
  }
  return latest;
}

/** The stored PDF's text (read once per version, see pdf/index.ts), or the problem that it has none. */
async function noticeTextOf(app: NoticesApp, pdf: DocumentVersionRecord): Promise<{ text: string } | { problem: NoticeProblem }> {
  const answer = await pdfText(pdf.sha256, async () => {
    const bytes = await app.store.readBlob(pdf.blobKey);
    if (!bytes) throw new ApiError('INTERNAL', '通知 PDF 的文件内容缺失，请重新上传');
    return bytes;
  });
  if (answer.ok) return { text: answer.text };
  return { problem: problem(['pdfDocumentId'], `${PDF_TEXT_MESSAGES[answer.code]}（${pdf.fileName}）`, answer.code) };
}

interface Reviewed {
  problems: NoticeProblem[];
  /** Present when there are no problems. */
  document?: NoticeDocument;
  pdf: DocumentVersionRecord;
}

/**
 * Every check a notice passes before it is published: schema, fee sums, calendar, covered years,
 * each quote found in the attached PDF's text, this organisation's, a new version not effective
 * before the one it follows. Stores nothing.
 */
async function review(app: NoticesApp, orgId: string, input: { document: unknown; pdfDocumentId: string }): Promise<Reviewed> {
  const existing = (await list(app, orgId)).notices;
  await requireKnownOrg(app, orgId, existing);
  const pdf = await noticePdf(app, orgId, input.pdfDocumentId);
  const read = await noticeTextOf(app, pdf);
  const validated = validateNoticeDocument(input.document, 'text' in read ? read.text : null);
  const unread = 'problem' in read ? [read.problem] : [];
  if (!validated.ok) return { problems: [...unread, ...validated.problems], pdf };
  const problems = [...unread, ...placeProblems(validated.value, orgId, existing)];
  return problems.length > 0 ? { problems, pdf } : { problems, document: validated.value, pdf };
}

/** What publishing would answer, without publishing: the problems, none when it would be published. */
export async function check(app: NoticesApp, orgId: string, input: { document: unknown; pdfDocumentId: string }): Promise<{ problems: NoticeProblem[] }> {
  const { problems } = await review(app, orgId, input);
  return { problems: problems.map(({ code, path, where, message }) => ({ code, path, where, message })) };
}

/**
 * Publishes a notice document for the organisation after every check of `review`, its quotes
 * against the text of the attached PDF as stored; nothing is stored otherwise.
 */
export async function publish(
  app: NoticesApp,
  actor: string,
  orgId: string,
  input: { document: unknown; pdfDocumentId: string },
): Promise<{ notice: NoticeVersionView }> {
  const { problems, document, pdf } = await review(app, orgId, input);
  if (!document) refuse(problems);
  const record: NoticeRecord = {
    orgId,
    version: document.version,
    status: 'published',
    document,
    publishedAt: isoNow(app),
    publishedBy: actor,
    pdfDocumentId: pdf.documentId,
    withdrawnAt: null,
  };
  if (!(await app.store.insertNotice(record))) refuse([problem(['version'], `第${String(document.version)}版已发布，不能覆盖`)]);
  await app.store.appendAudit({ at: record.publishedAt, actor, orgId, action: 'notices.publish', rows: 1, detail: `第${String(document.version)}版，${document.effectiveFrom}起生效，通知 PDF ${pdf.fileName}（第${String(pdf.version)}版）` });
  await changed(app);
  const view = (await list(app, orgId)).notices.find((n) => n.origin === 'published' && n.version === document.version);
  if (!view) throw new ApiError('INTERNAL', '通知已发布，但未能读回');
  return { notice: view };
}

/** Withdraws a published version: answers go back to the versions before it; the record stays readable. */
export async function withdraw(app: NoticesApp, actor: string, orgId: string, version: number): Promise<{ notices: NoticeVersionView[] }> {
  const at = isoNow(app);
  if (!(await app.store.withdrawNotice(orgId, version, at))) throw new ApiError('NOT_FOUND', '没有这个已发布的通知版本（内置的通知不能撤回）');
  await app.store.appendAudit({ at, actor, orgId, action: 'notices.withdraw', rows: 1, detail: `第${String(version)}版` });
  await changed(app);
  return list(app, orgId);
}
