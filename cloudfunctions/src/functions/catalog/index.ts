/** catalog: organisations, offerings, fees and application windows. */
import { CONTRACT } from '@skills/shared/src/contract';
import * as catalog from '../../core/catalog';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('catalog', CONTRACT.catalog, {
  organisations: (_p, _caller, app) => catalog.listOrganisations(app),
  organisation: (p, _caller, app) => catalog.organisationDetail(app, p.orgId),
  windows: (p, _caller, app) => catalog.windows(app, p.orgId, p.count ?? 6),
});

export const main = cloudEntry(handler);
