/** One action of the contract: who may call it, the params it takes and the data it answers with. */
import type * as z from 'zod';
import type { Access } from './codes';

export interface ActionContract<P extends z.ZodType = z.ZodType, D extends z.ZodType = z.ZodType, A extends Access = Access> {
  readonly access: A;
  readonly params: P;
  readonly data: D;
}

/** Anyone, anonymous included. */
export function publicAction<P extends z.ZodType, D extends z.ZodType>(params: P, data: D): ActionContract<P, D, 'public'> {
  return { access: 'public', params, data };
}

/** Any caller with an identity, for their own data. */
export function personAction<P extends z.ZodType, D extends z.ZodType>(params: P, data: D): ActionContract<P, D, 'person'> {
  return { access: 'person', params, data };
}

/** Staff of the organisation the params name: the params must carry `orgId`. */
export function staffAction<P extends z.ZodType<{ orgId: string }>, D extends z.ZodType>(params: P, data: D): ActionContract<P, D, 'staff'> {
  return { access: 'staff', params, data };
}

/** The platform's timer alone. */
export function timerAction<P extends z.ZodType, D extends z.ZodType>(params: P, data: D): ActionContract<P, D, 'timer'> {
  return { access: 'timer', params, data };
}
