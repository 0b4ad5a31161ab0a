/**
 * Signed ticket codes: each organisation's Ed25519 key, made on first use and kept
 * through the data port; its private half never leaves the functions. Staff devices
 * receive only the public keys and check codes offline (shared/src/ticketCode.ts).
 */
import crypto from 'node:crypto';
import {
  encodeTicketCode,
  ticketCodeBody,
  type PublicTicketKey,
  type TicketCodePayload,
} from '@skills/shared';
import type { SigningKeyPort, SigningKeyRecord, TicketRecord } from '../ports';
import { isoNow, type AppWith } from './app';

/** The ports this module's functions use: the app they take has no others. */
type TicketCodesApp = AppWith<SigningKeyPort>;

/** A fresh key pair for `orgId`; the key id is short because every code carries it. */
export function newSigningKey(orgId: string, createdAt: string): SigningKeyRecord {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return {
    keyId: crypto.randomBytes(4).toString('base64url'),
    orgId,
    publicKey: publicKey.export({ format: 'jwk' }).x as string,
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    status: 'active',
    createdAt,
    retiredAt: null,
  };
}

export function publicKeyOf(key: SigningKeyRecord): PublicTicketKey {
  return { keyId: key.keyId, orgId: key.orgId, publicKey: key.publicKey, status: key.status, createdAt: key.createdAt };
}

/**
 * The organisation's active key, made and stored on first use (two first uses at once keep one).
 * Takes the store, not the app, so the operator's command can use it too.
 */
export async function activeKey(store: SigningKeyPort, orgId: string, at: string): Promise<SigningKeyRecord> {
  const active = (await store.signingKeys(orgId)).find((k) => k.status === 'active');
  return active ?? store.claimSigningKey(newSigningKey(orgId, at));
}

/** Every public key of the organisation, active first; makes the first key when there is none. */
export async function publicKeys(store: SigningKeyPort, orgId: string, at: string): Promise<PublicTicketKey[]> {
  await activeKey(store, orgId, at);
  const keys = await store.signingKeys(orgId);
  return keys.sort((a, b) => (a.status === b.status ? b.createdAt.localeCompare(a.createdAt) : a.status === 'active' ? -1 : 1)).map(publicKeyOf);
}

/** Retires the active key and makes a new one: codes signed before are refused at the door from then on. */
export async function rotate(store: SigningKeyPort, orgId: string, at: string): Promise<PublicTicketKey[]> {
  await store.rotateSigningKey(newSigningKey(orgId, at), at);
  return publicKeys(store, orgId, at);
}

export function signPayload(key: SigningKeyRecord, payload: Omit<TicketCodePayload, 'keyId'>): string {
  const full = { ...payload, keyId: key.keyId };
  const privateKey = crypto.createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return encodeTicketCode(full, crypto.sign(null, ticketCodeBody(full).signed, privateKey));
}

/** Signs tickets for the exam date they stand for now; one key lookup per organisation. */
export async function ticketSigner(app: TicketCodesApp): Promise<(ticket: TicketRecord, examDate: string) => Promise<string>> {
  const keys = new Map<string, Promise<SigningKeyRecord>>();
  return async (ticket, examDate) => {
    let key = keys.get(ticket.orgId);
    if (!key) keys.set(ticket.orgId, (key = activeKey(app.store, ticket.orgId, isoNow(app))));
    return signPayload(await key, { orgId: ticket.orgId, ticketNumber: ticket.ticketNumber, examDate, room: ticket.room, seat: ticket.seat });
  };
}
