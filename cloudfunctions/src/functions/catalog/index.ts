/** catalog: organisations, offerings, fees and application windows. */
import * as z from 'zod';
import * as catalog from '../../core/catalog';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { empty, orgId } from '../schemas';

export const handler = defineFunction('catalog', {
  organisations: action(empty, (_p, _caller, app) => catalog.listOrganisations(app)),
  organisation: action(z.object({ orgId }), (p, _caller, app) => catalog.organisationDetail(app, p.orgId)),
  windows: action(z.object({ orgId, count: z.number().int().min(1).max(24).optional() }), (p, _caller, app) =>
    catalog.windows(app, p.orgId, p.count ?? 6),
  ),
});

export const main = cloudEntry(handler);
