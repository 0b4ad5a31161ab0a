/** tickets: bind name + 身份证号 to the caller, then only the caller's own tickets, each from its release date. */
import * as z from 'zod';
import { personAction } from './action';
import { channel, empty, isoDate, sessionRollover, sessionStatus, subject, track, typedText, venue } from './shapes';

export const ticketBindingData = z.strictObject({
  bound: z.boolean(),
  /** The bound candidate's own name and masked 身份证号, e.g. 3101**********123X. */
  name: z.string().optional(),
  maskedIdNumber: z.string().optional(),
});

const ticketCommon = {
  /** Opaque, stable id of the ticket (not the ticket number). */
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  occupationId: z.string(),
  occupationName: z.string(),
  track,
  trackLabel: z.string(),
  channel,
  examDate: isoDate.nullable(),
  /** From the rules module, for the organisation and channel. */
  releaseDate: isoDate,
  /** True when the release date reaches past the published working-day arrangements. */
  estimated: z.boolean(),
  /** The session's rollovers, so the timeline can show them. */
  sessionStatus,
  rollovers: z.array(sessionRollover),
  demo: z.boolean(),
};

export const releasedTicket = z.strictObject({
  ...ticketCommon,
  released: z.literal(true),
  ticketNumber: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  /** 'HH:MM-HH:MM' as printed on the ticket. */
  examTime: z.string(),
  venue,
  room: z.string(),
  seat: z.string(),
  subjects: z.array(z.strictObject({ subject, label: z.string() })),
  /** What to bring, from the notice. */
  bring: z.array(z.string()),
  /** The signed ticket code the QR carries (see ticketCode.ts); staff devices check it offline. */
  code: z.string(),
});

/** Before the release date: only when it will appear. */
export const pendingTicket = z.strictObject({ ...ticketCommon, released: z.literal(false) });

export const ticketView = z.discriminatedUnion('released', [releasedTicket, pendingTicket]);

export const ticketsMineData = z.strictObject({ today: isoDate, tickets: z.array(ticketView) });

export const tickets = {
  binding: personAction(empty, ticketBindingData),
  bind: personAction(z.object({ name: typedText(50), idNumber: z.string().min(1).max(40) }), ticketBindingData),
  unbind: personAction(empty, ticketBindingData),
  mine: personAction(empty, ticketsMineData),
};
