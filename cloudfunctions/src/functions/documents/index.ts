/** documents: handbooks, specs and notices, with a short-lived download URL. */
import { documents as contract } from '@skills/shared/src/contract/documents';
import * as documents from '../../core/documents';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('documents', contract, {
  list: (p, _caller, app) => documents.list(app, p.orgId, p.occupationId),
  download: (p, _caller, app) => documents.download(app, p.documentId),
});

export const main = cloudEntry(handler);
