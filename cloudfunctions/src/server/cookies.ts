/** The local runner's identity: a random id in a signed, HttpOnly cookie. */
import crypto from 'node:crypto';

export const COOKIE_NAME = 'skills_sid';

export function signIdentity(cookieKey: string, identity: string): string {
  const sig = crypto.createHmac('sha256', cookieKey).update(identity).digest('base64url');
  return `${identity}.${sig}`;
}

/** The identity in a cookie value, or null when it is missing or its signature is wrong. */
/** Cookies already verified (value → identity): a signature is checked once, not on every request. */
const verified = new Map<string, string>();
const VERIFIED_LIMIT = 10_000;

export function verifyIdentity(cookieKey: string, value: string | undefined): string | null {
  if (!value) return null;
  const known = verified.get(`${cookieKey}|${value}`);
  if (known !== undefined) return known;
  const identity = checkSignature(cookieKey, value);
  if (identity !== null) {
    if (verified.size >= VERIFIED_LIMIT) verified.clear();
    verified.set(`${cookieKey}|${value}`, identity);
  }
  return identity;
}

function checkSignature(cookieKey: string, value: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const identity = value.slice(0, dot);
  const expected = Buffer.from(signIdentity(cookieKey, identity));
  const given = Buffer.from(value);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? identity : null;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function newLocalIdentity(): string {
  return `local_${crypto.randomBytes(12).toString('base64url')}`;
}

export function cookieHeader(cookieKey: string, identity: string): string {
  return `${COOKIE_NAME}=${signIdentity(cookieKey, identity)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`;
}
