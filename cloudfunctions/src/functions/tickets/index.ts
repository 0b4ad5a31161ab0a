/** tickets: bind name + 身份证号 to the caller, then only the caller's own tickets, each from its release date. */
import * as z from 'zod';
import * as tickets from '../../core/tickets';
import { cloudEntry } from '../cloud';
import { action, defineFunction } from '../framework';
import { empty, typedText } from '../schemas';

export const handler = defineFunction('tickets', {
  binding: action(empty, (_p, caller, app) => tickets.binding(app, caller)),
  bind: action(z.object({ name: typedText(50), idNumber: z.string().min(1).max(40) }), (p, caller, app) =>
    tickets.bind(app, caller, p.name, p.idNumber),
  ),
  unbind: action(empty, (_p, caller, app) => tickets.unbind(app, caller)),
  mine: action(empty, (_p, caller, app) => tickets.mine(app, caller)),
});

export const main = cloudEntry(handler);
