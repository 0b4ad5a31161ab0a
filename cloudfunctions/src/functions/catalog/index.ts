/** catalog: organisations, offerings, fees and application windows. */
import { catalog as contract } from '@skills/shared/src/contract/catalog';
import * as catalog from '../../core/catalog';
import { rulebookData } from '../../core/rulebook';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('catalog', contract, {
  organisations: (_p, _caller, app) => catalog.listOrganisations(app),
  organisation: (p, _caller, app) => catalog.organisationDetail(app, p.orgId),
  windows: (p, _caller, app) => catalog.windows(app, p.orgId, p.count ?? 6),
  rulebook: () => rulebookData(),
});

export const main = cloudEntry(handler);
