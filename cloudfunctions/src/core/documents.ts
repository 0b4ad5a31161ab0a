/** Handbooks, specs and notices per organisation and occupation, with versions and short-lived downloads. */
import crypto from 'node:crypto';
import type { DocumentDownloadData, DocumentInfo, DocumentKind, DocumentsListData } from '@skills/shared';
import type { DocumentPort, DocumentVersionRecord, NoticePort } from '../ports';
import type { AppWith } from './app';
import { ApiError } from './errors';
import { requireOrganisation } from './organisations';
import * as rules from './rules';

/** The ports this module's functions use: the app they take has no others. */
type DocumentsApp = AppWith<DocumentPort & NoticePort>;

/** 4 MB of PDF is about 5.4 MB of base64: inside CloudBase's 6 MB request limit. */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

export function toInfo(record: DocumentVersionRecord): DocumentInfo {
  return {
    id: record.documentId,
    orgId: record.orgId,
    occupationId: record.occupationId,
    kind: record.kind,
    title: record.title,
    fileName: record.fileName,
    version: record.version,
    size: record.size,
    sha256: record.sha256,
    publishedOn: record.publishedOn,
    demo: record.demo,
  };
}

/**
 * The organisation's occupations. One the operator registered has none until its first notice is
 * published, but its staff upload that notice's PDF first: its own documents are allowed.
 */
async function occupationsOf(app: DocumentsApp, orgId: string): Promise<{ id: string }[]> {
  if (rules.organisations().some((org) => org.id === orgId)) return rules.organisation(orgId).occupations;
  await requireOrganisation(app.store, orgId);
  return [];
}

export async function list(app: DocumentsApp, orgId: string, occupationId?: string): Promise<DocumentsListData> {
  await occupationsOf(app, orgId);
  const records = (await app.store.listDocuments(orgId)).filter((d) => appliesTo(d, occupationId));
  return { documents: records.map(toInfo) };
}

/** A document without an occupation is the organisation's own (its notice) and applies to every occupation. */
export function appliesTo(document: Pick<DocumentVersionRecord, 'occupationId'>, occupationId: string | undefined): boolean {
  return occupationId === undefined || document.occupationId === null || document.occupationId === occupationId;
}

export async function download(app: DocumentsApp, documentId: string): Promise<DocumentDownloadData> {
  const [latest] = await app.store.documentVersions(documentId);
  if (!latest) throw new ApiError('NOT_FOUND', '未找到该文件');
  const link = await app.fileUrls.urlFor(latest, app.clock.now());
  return { ...link, fileName: latest.fileName, size: latest.size, sha256: latest.sha256 };
}

/**
 * A PDF by its structure, not only its first bytes: the `%PDF-1.x`/`%PDF-2.0` header, `%%EOF` near
 * the end, the last `startxref` pointing inside the file at a cross-reference table (`xref`) or
 * stream (`n g obj`), and a document catalog (`/Root`). A renamed file or a truncated upload fails.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  if (!/^%PDF-(1\.[0-7]|2\.0)\s/.test(head)) return false;
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) return false;
  const pointer = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const xrefAt = pointer ? Number(pointer[1]) : -1;
  if (xrefAt <= 0 || xrefAt >= bytes.length) return false;
  const atXref = Buffer.from(bytes.subarray(xrefAt, xrefAt + 32)).toString('latin1');
  if (!/^(xref\s|\d+\s+\d+\s+obj\b)/.test(atXref)) return false;
  return Buffer.from(bytes).includes('/Root');
}

/** Stores a new document, or a new version of an existing one (history kept, newest served). */
export async function upload(
  app: DocumentsApp,
  orgId: string,
  input: {
    documentId?: string;
    kind: DocumentKind;
    title: string;
    occupationId?: string | null;
    fileName: string;
    bytes: Uint8Array;
    demo?: boolean;
  },
): Promise<DocumentInfo> {
  const occupations = await occupationsOf(app, orgId);
  const occupationId = input.occupationId ?? null;
  if (occupationId !== null && !occupations.some((o) => o.id === occupationId)) {
    throw new ApiError('NOT_OFFERED', '该机构不开展此职业（工种）的评价');
  }
  if (input.bytes.length === 0) throw new ApiError('BAD_REQUEST', '文件为空');
  if (input.bytes.length > MAX_DOCUMENT_BYTES) throw new ApiError('PAYLOAD_TOO_LARGE', '文件不能超过4MB');
  if (!isPdf(input.bytes)) throw new ApiError('BAD_REQUEST', '请上传完整有效的PDF文件（文件可能已损坏、不完整，或不是PDF）');
  let version = 1;
  let documentId = input.documentId;
  if (documentId !== undefined) {
    const [latest] = await app.store.documentVersions(documentId);
    if (!latest || latest.orgId !== orgId) throw new ApiError('NOT_FOUND', '未找到要替换的文件');
    version = latest.version + 1;
  } else {
    documentId = app.newId('d');
  }
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  const record: DocumentVersionRecord = {
    documentId,
    orgId,
    occupationId,
    kind: input.kind,
    title: input.title,
    fileName: input.fileName,
    version,
    size: input.bytes.length,
    sha256,
    blobKey: `documents/${orgId}/${documentId}/v${version}-${sha256.slice(0, 16)}.pdf`,
    publishedOn: app.clock.today(),
    demo: input.demo ?? false,
  };
  await app.store.putDocumentVersion(record, input.bytes);
  return toInfo(record);
}

export async function versions(app: DocumentsApp, orgId: string, documentId: string): Promise<DocumentsListData> {
  const records = await app.store.documentVersions(documentId);
  if (records.length === 0 || records[0].orgId !== orgId) throw new ApiError('NOT_FOUND', '未找到该文件');
  return { documents: records.map(toInfo) };
}
