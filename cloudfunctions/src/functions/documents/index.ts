/** documents: handbooks, specs and notices, with a short-lived download URL. */
import * as z from 'zod';
import * as documents from '../../core/documents';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { orgId, shortText } from '../schemas';

export const handler = defineFunction('documents', {
  list: action(z.object({ orgId, occupationId: shortText.optional() }), (p, _caller, app) => documents.list(app, p.orgId, p.occupationId)),
  download: action(z.object({ documentId: shortText }), (p, _caller, app) => documents.download(app, p.documentId)),
});

export const main = cloudEntry(handler);
