/**
 * `npm run cloudbase:setup`: prepares a CloudBase environment for the functions. Creates every
 * collection the CloudBase adapter uses (CloudBase answers DATABASE_COLLECTION_NOT_EXIST until a
 * collection exists); those already there are left alone, so running it again changes nothing.
 * Then lists the indexes each collection's queries need (collections.ts). Needs TCB_ENV,
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY; COLLECTION_PREFIX as the functions use it.
 */
import { CloudbaseStore, credentialsPresent, loadCloudbase } from '../src/adapters/cloudbase';
import { COLLECTIONS } from '../src/adapters/cloudbase/collections';

export async function setupCloudbase(store: CloudbaseStore): Promise<{ created: string[]; existing: string[] }> {
  const names = COLLECTIONS.map((c) => c.name);
  const created = await store.createCollections(names);
  return { created, existing: names.filter((n) => !created.includes(n)) };
}

/** One line per index, as the console's 索引管理 asks for it: collection, then fields ascending. */
export function indexLines(prefix = ''): string[] {
  return COLLECTIONS.flatMap((c) => c.indexes.map((fields) => `${prefix}${c.name}\t${fields.map((f) => `${f}:1`).join(', ')}`));
}

if (require.main === module) {
  (async () => {
    if (!credentialsPresent()) throw new Error('需要环境变量 TCB_ENV、TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY');
    const prefix = process.env.COLLECTION_PREFIX ?? '';
    const { created, existing } = await setupCloudbase(new CloudbaseStore(loadCloudbase(), prefix));
    console.log(`新建集合 ${created.length} 个${created.length ? `：${created.join('、')}` : ''}；已存在 ${existing.length} 个。`);
    console.log('各集合查询所需的索引（集合\t字段:升序）：');
    for (const line of indexLines(prefix)) console.log(line);
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
