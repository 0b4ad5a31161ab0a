/**
 * Keys of a local installation: the ID hash key, the cookie key and the download-URL
 * key. Taken from the environment when given; otherwise generated into DATA_DIR on
 * first start (file mode 0600) and reused, so hashes stay stable across restarts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Secrets {
  idHashKey: string;
  cookieKey: string;
  urlKey: string;
}

export function loadSecrets(dataDir: string | null, env: NodeJS.ProcessEnv = process.env): Secrets {
  const fromEnv: Partial<Secrets> = {
    idHashKey: env.ID_HASH_KEY,
    cookieKey: env.COOKIE_SECRET,
    urlKey: env.URL_SIGNING_KEY,
  };
  let stored: Partial<Secrets> = {};
  const file = dataDir ? path.join(dataDir, 'secrets.json') : null;
  if (file && fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Secrets>;
  const fresh = () => crypto.randomBytes(32).toString('hex');
  const secrets: Secrets = {
    idHashKey: fromEnv.idHashKey || stored.idHashKey || fresh(),
    cookieKey: fromEnv.cookieKey || stored.cookieKey || fresh(),
    urlKey: fromEnv.urlKey || stored.urlKey || fresh(),
  };
  if (file && (!stored.idHashKey || !stored.cookieKey || !stored.urlKey)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const toStore = {
      idHashKey: stored.idHashKey ?? secrets.idHashKey,
      cookieKey: stored.cookieKey ?? secrets.cookieKey,
      urlKey: stored.urlKey ?? secrets.urlKey,
    };
    fs.writeFileSync(file, JSON.stringify(toStore, null, 2), { mode: 0o600 });
  }
  return secrets;
}
