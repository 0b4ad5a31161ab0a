/**
 * What every operator command shares: the store it works on (the local DATA_DIR, or with
 * STORE=cloudbase and CloudBase credentials in the environment the CloudBase database) and
 * running from the command line (print the lines, close the store, a message and exit 1 on error).
 */
import path from 'node:path';
import { SqliteStore } from '../adapters/sqlite';
import { CloudbaseStore, credentialsPresent, loadCloudbase } from '../adapters/cloudbase';
import type { Store } from '../ports';
import { defaultDataDir } from '../runtime/local';

export function openStore(): Store {
  if (process.env.STORE === 'cloudbase') {
    if (!credentialsPresent()) throw new Error('STORE=cloudbase 需要 TCB_ENV、TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY');
    return new CloudbaseStore(loadCloudbase(), process.env.COLLECTION_PREFIX ?? '');
  }
  return new SqliteStore(path.join(defaultDataDir(), 'skills.db'));
}

/** The `--flag value` pairs after a command's verb; an unknown flag or one without a value is refused with the usage. */
export function parseFlags<F extends string>(args: string[], known: readonly F[], usage: string): Partial<Record<F, string>> {
  const flags: Partial<Record<F, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} 缺少取值。\n${usage}`);
    const name = flag.slice(2) as F;
    if (!flag.startsWith('--') || !known.includes(name)) throw new Error(`未知参数 ${flag}。\n${usage}`);
    flags[name] = value;
  }
  return flags;
}

/** Parses the arguments, runs the command on the store and prints its lines. */
export function runFromCommandLine<C>(parse: (args: string[]) => C, run: (store: Store, command: C) => Promise<string[]>): void {
  (async () => {
    const command = parse(process.argv.slice(2));
    const store = openStore();
    try {
      for (const line of await run(store, command)) console.log(line);
    } finally {
      await store.close();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
