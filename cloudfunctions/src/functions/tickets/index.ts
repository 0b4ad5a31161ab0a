/** tickets: bind name + 身份证号 to the caller, then only the caller's own tickets, each from its release date. */
import { tickets as contract } from '@skills/shared/src/contract/tickets';
import * as tickets from '../../core/tickets';
import { cloudEntry } from '../cloud';
import { defineFunction } from '../framework';

export const handler = defineFunction('tickets', contract, {
  binding: (_p, caller, app) => tickets.binding(app, caller),
  bind: (p, caller, app) => tickets.bind(app, caller, p.name, p.idNumber),
  unbind: (_p, caller, app) => tickets.unbind(app, caller),
  mine: (_p, caller, app) => tickets.mine(app, caller),
});

export const main = cloudEntry(handler);
