/** documents: handbooks, specs and notices, with a short-lived download URL. */
import { CONTRACT } from '@skills/shared/src/contract';
import * as documents from '../../core/documents';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('documents', CONTRACT.documents, {
  list: (p, _caller, app) => documents.list(app, p.orgId, p.occupationId),
  download: (p, _caller, app) => documents.download(app, p.documentId),
});

export const main = cloudEntry(handler);
