/**
 * The wire contract between the mini program and the cloud functions:
 * each function's actions, their parameters and the data they answer with.
 * Both sides import these types; docs/api.md describes them for people.
 */
export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; code: string; message: string };
