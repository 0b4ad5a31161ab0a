import { useEffect, useRef, useState } from 'react';
import type { NoticeDocument } from '@skills/shared';
import { readStored, removeStored, writeStored } from '@/services/storage';
import { draftKey, isStoredDraft, withValue, type DraftPath, type StoredDraft } from './draft';

/** How long typing pauses before the draft is written to storage (not on every key). */
const SAVE_DELAY_MS = 600;

export interface NoticeDraftState {
  /** The draft being edited, or null before one is started. */
  draft: NoticeDocument | null;
  pdfDocumentId: string | null;
  /** When the draft found in storage was last saved (null: started on this visit or none). */
  restoredFrom: string | null;
  /** Counts edits, so what is drawn from the draft (the preview) can start over after one. */
  revision: number;
  start: (document: NoticeDocument) => void;
  edit: (path: DraftPath, value: unknown) => void;
  replace: (next: (draft: NoticeDocument) => NoticeDocument) => void;
  attachPdf: (documentId: string | null) => void;
  /** Forgets the draft here and in storage (after publishing, or when staff discard it). */
  discard: () => void;
}

/**
 * An organisation's notice draft, kept in storage as it is edited, so a page closed by accident
 * (or a phone that runs out of battery) loses no more than the last moment's typing.
 */
export function useNoticeDraft(orgId: string): NoticeDraftState {
  const [stored] = useState(() => readStored<StoredDraft | null>(draftKey(orgId), null, (value): value is StoredDraft => isStoredDraft(value, orgId)));
  const [draft, setDraft] = useState<NoticeDocument | null>(stored?.document ?? null);
  const [pdfDocumentId, setPdf] = useState<string | null>(stored?.pdfDocumentId ?? null);
  const [revision, setRevision] = useState(0);
  const [restoredFrom, setRestored] = useState(stored?.savedAt ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (revision === 0) return undefined;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (draft) writeStored(draftKey(orgId), { document: draft, pdfDocumentId, savedAt: new Date().toISOString() } satisfies StoredDraft);
      else removeStored(draftKey(orgId));
    }, SAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [orgId, draft, pdfDocumentId, revision]);

  const changed = () => setRevision((n) => n + 1);
  return {
    draft,
    pdfDocumentId,
    restoredFrom,
    revision,
    start: (document) => {
      setDraft(document);
      setRestored(null);
      changed();
    },
    edit: (path, value) => {
      setDraft((current) => (current ? withValue(current, path, value) : current));
      changed();
    },
    replace: (next) => {
      setDraft((current) => (current ? next(current) : current));
      changed();
    },
    attachPdf: (documentId) => {
      setPdf(documentId);
      changed();
    },
    discard: () => {
      setDraft(null);
      setPdf(null);
      setRestored(null);
      removeStored(draftKey(orgId));
      changed();
    },
  };
}
