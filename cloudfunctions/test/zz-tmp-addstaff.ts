import { createLocalRuntime } from '../src/runtime/local';
(async () => {
  const [orgId, identity] = process.argv.slice(2);
  const rt = createLocalRuntime({ dataDir: process.env.DATA_DIR });
  console.log(await rt.store.addStaff(orgId, identity, new Date().toISOString()));
})();
