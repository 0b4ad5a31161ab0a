/**
 * The operator's command for organisations beyond the bundled ones:
 *   npm run org --workspace cloudfunctions -- add --id <id> --name <机构全称>
 *   npm run org --workspace cloudfunctions -- list
 * A registered organisation can be given staff (npm run staff) who then publish its first notice
 * (admin.notices.publish); once published it appears to candidates. Same store as the staff command.
 */
import { BUNDLED_NOTICES, isSafeText } from '@skills/shared';
import type { Store } from '../ports';
import { parseFlags, runFromCommandLine } from './operator';

export interface OrgCommand {
  verb: 'add' | 'list';
  id?: string;
  name?: string;
}

const USAGE = '用法: npm run org --workspace cloudfunctions -- add --id <机构编号> --name <机构全称> | list';

export function parseOrgArgs(argv: string[]): OrgCommand {
  const [verb, ...rest] = argv;
  if (verb !== 'add' && verb !== 'list') throw new Error(USAGE);
  const flags = parseFlags(rest, ['id', 'name'], USAGE);
  const command: OrgCommand = { verb, ...flags, name: flags.name?.trim() };
  if (verb === 'list') return command;
  if (!command.id || !command.name) throw new Error(`add 需要 --id 和 --name。\n${USAGE}`);
  // The id goes into collection keys, URLs and storage paths: short lowercase letters, digits and hyphens.
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(command.id)) throw new Error('机构编号只能是小写字母开头的小写字母、数字和连字符（2–32 位）');
  if (command.name.length < 2 || command.name.length > 100 || !isSafeText(command.name)) throw new Error('机构全称应为 2–100 个字，且不含控制字符');
  if (BUNDLED_NOTICES.some((d) => d.orgId === command.id)) throw new Error(`${command.id} 是内置的机构，无需登记`);
  return command;
}

export async function runOrgCommand(store: Store, command: OrgCommand, now = new Date()): Promise<string[]> {
  if (command.verb === 'add') {
    const at = now.toISOString();
    const added = await store.addOrganisation({ id: command.id!, name: command.name!, addedAt: at });
    if (!added) return [`${command.id} 已经登记过`];
    await store.appendAudit({ at, actor: 'operator', orgId: command.id!, action: 'org.add', rows: 1, detail: `登记机构 ${command.name}` });
    return [`已登记 ${command.id}（${command.name}）。下一步：npm run staff --workspace cloudfunctions -- add --org ${command.id} --identity <身份标识>，再由其工作人员发布通知`];
  }
  const registered = await store.listOrganisations();
  return registered.length === 0 ? ['（没有登记的机构）'] : registered.map((o) => `${o.id}\t${o.name}\t${o.addedAt}`);
}

if (require.main === module) runFromCommandLine(parseOrgArgs, runOrgCommand);
