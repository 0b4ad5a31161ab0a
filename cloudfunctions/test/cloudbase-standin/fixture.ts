/** The CloudBase adapter over the real SDK pointed at a stand-in, its collections and indexes made by `cloudbase:setup` itself. */
import { CloudbaseStore, loadCloudbase, type CbApp } from '../../src/adapters/cloudbase';
import { loadManager, setupCloudbase } from '../../scripts/cloudbase-setup';
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
  const manager = loadManager();
  return {
    standin,
    tcb,
    async store() {
      prefixes += 1;
      await setupCloudbase(manager, `t${prefixes}_`);
      return new CloudbaseStore(tcb, `t${prefixes}_`);
    },
    async close() {
      restore();
      await standin.close();
    },
  };
}
