/** The CloudBase adapter over the real SDK pointed at a stand-in, with its collections created as `cloudbase:setup` does. */
import { CloudbaseStore, loadCloudbase, type CbApp } from '../../src/adapters/cloudbase';
import { COLLECTIONS } from '../../src/adapters/cloudbase/collections';
import { startStandin, type Standin } from '.';

export interface StandinFixture {
  standin: Standin;
  tcb: CbApp;
  /** A store over fresh collections (a new prefix each call). */
  store(): Promise<CloudbaseStore>;
  close(): Promise<void>;
}

let prefixes = 0;

export async function standinFixture(): Promise<StandinFixture> {
  const standin = await startStandin();
  const restore = standin.install();
  const tcb = loadCloudbase();
  return {
    standin,
    tcb,
    async store() {
      prefixes += 1;
      const store = new CloudbaseStore(tcb, `t${prefixes}_`);
      await store.createCollections(COLLECTIONS.map((c) => c.name));
      return store;
    },
    async close() {
      restore();
      await standin.close();
    },
  };
}
